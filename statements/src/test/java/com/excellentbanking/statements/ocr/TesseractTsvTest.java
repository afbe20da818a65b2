package com.excellentbanking.statements.ocr;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.layout.Word;

import static org.assertj.core.api.Assertions.assertThat;

class TesseractTsvTest {

	private static final String TSV = """
			level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
			1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t
			4\t1\t1\t1\t1\t0\t100\t200\t900\t40\t-1\t
			5\t1\t1\t1\t1\t1\t100\t200\t120\t30\t96.1\tPaying
			5\t1\t1\t1\t1\t2\t240\t198\t100\t32\t95.0\tPAID
			5\t1\t1\t1\t1\t3\t900\t201\t110\t30\t91.5\t1,234.56
			5\t1\t1\t1\t1\t4\t1200\t190\t20\t60\t3.0\t|
			5\t1\t1\t1\t2\t1\t100\t260\t120\t30\t90.0\tNext
			""";

	@Test
	void wordsOfOneLineShareItsTopAndBottom() {
		List<Word> words = TesseractTsv.parse(TSV, 3);

		assertThat(words).extracting(Word::text).containsExactly("Paying", "PAID", "1,234.56", "Next");
		assertThat(words.subList(0, 3)).extracting(Word::y1).containsOnly(230.0);
		assertThat(words.subList(0, 3)).extracting(Word::y0).containsOnly(200.0);
		assertThat(words.get(2).x0()).isEqualTo(900);
		assertThat(words.get(2).x1()).isEqualTo(1010);
		assertThat(words).extracting(Word::page).containsOnly(3);
	}

	@Test
	void emptyOutputHasNoWords() {
		assertThat(TesseractTsv.parse("", 1)).isEmpty();
	}

}
