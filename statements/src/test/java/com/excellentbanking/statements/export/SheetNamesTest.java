package com.excellentbanking.statements.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SheetNamesTest {

	@Test
	void removesCharactersExcelRefuses() {
		assertThat(new SheetNames().allocate("[2024]: a/b\\c*d?e", "File")).isEqualTo("2024 abcde");
		assertThat(new SheetNames().allocate("'quoted'", "File")).isEqualTo("quoted");
	}

	@Test
	void keepsNamesWithinThirtyOneCharactersAndUniqueIgnoringCase() {
		SheetNames names = new SheetNames("Summary");
		String longName = "Girokonto Hauptkonto Januar bis Dezember 2024";

		assertThat(names.allocate(longName, "File")).isEqualTo("Girokonto Hauptkonto Januar bis");
		assertThat(names.allocate(longName, "File")).isEqualTo("Girokonto Hauptkonto Januar (2)").hasSize(31);
		assertThat(names.allocate("summary", "File")).isEqualTo("summary (2)");
		assertThat(names.allocate("MARCH", "File")).isEqualTo("MARCH");
		assertThat(names.allocate("march", "File")).isEqualTo("march (2)");
		assertThat(names.allocate("history", "File")).isEqualTo("history (2)");
	}

	@Test
	void fallsBackWhenNothingIsLeft() {
		assertThat(new SheetNames().allocate("[]:*?/\\", "File 3")).isEqualTo("File 3");
	}

	@Test
	void namesSheetsAfterFilesWithoutTheirExtension() {
		assertThat(SheetNames.fromFileName("march 2024.pdf")).isEqualTo("march 2024");
		assertThat(SheetNames.fromFileName(".hidden")).isEqualTo(".hidden");
		assertThat(SheetNames.fromFileName("no-extension")).isEqualTo("no-extension");
	}

}
