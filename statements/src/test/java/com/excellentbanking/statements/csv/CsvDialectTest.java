package com.excellentbanking.statements.csv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvDialectTest {

	@Test
	void sniffsEachDelimiter() {
		assertThat(CsvDialect.sniff("a,b,c\n1,2,3\n4,5,6\n").delimiter()).isEqualTo(',');
		assertThat(CsvDialect.sniff("a;b;c\n1;2,5;3\n4;5,5;6\n").delimiter()).isEqualTo(';');
		assertThat(CsvDialect.sniff("a\tb\tc\n1\t2,5\t3\n").delimiter()).isEqualTo('\t');
		assertThat(CsvDialect.sniff("K|1|EUR\n| POS 6,49|20190311|-89.30|\n| POS 7,96|20190311|-109.53|\n").delimiter())
			.isEqualTo('|');
	}

	@Test
	void quotedDelimitersDoNotCount() {
		String text = "\"Date\";\"Text\";\"Amount\"\n\"01.02.2020\";\"a, b, c, d\";\"-1,00\"\n\"02.02.2020\";\"e, f, g\";\"2,00\"\n";
		assertThat(CsvDialect.sniff(text).delimiter()).isEqualTo(';');
	}

	@Test
	void titleLinesAreOutvotedByTheTable() {
		String text = "Account details for:,FRANK 666\nBalance,\"6,666.66\"\n\nDate;Text;Amount\n1.1.2020;x;1\n2.1.2020;y;2\n3.1.2020;z;3\n";
		assertThat(CsvDialect.sniff(text).delimiter()).isEqualTo(';');
	}

}
