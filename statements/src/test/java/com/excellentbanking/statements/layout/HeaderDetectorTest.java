package com.excellentbanking.statements.layout;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderDetectorTest {

	/** Cells separated by "|" are laid out with 30 points between them. */
	private static Line line(String cells) {
		List<Word> words = new ArrayList<>();
		double x = 40;
		for (String cell : cells.split("\\|")) {
			words.addAll(TestPages.cell(x, 100, cell.strip(), 1));
			x += cell.strip().length() * TestPages.CHAR + 30;
		}
		return LineBuilder.build(words).get(0);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"Date | Description | Withdrawal (-) | Deposit (+) | Balance;DATE DESCRIPTION DEBIT CREDIT BALANCE",
			"Buchungstag | Valuta | Verwendungszweck | Soll | Haben;DATE VALUE_DATE DESCRIPTION DEBIT CREDIT",
			"Datum | Naam / Omschrijving | Af | Bij | Saldo;DATE DESCRIPTION DEBIT CREDIT BALANCE",
			"Date | Libellé | Débit | Crédit;DATE DESCRIPTION DEBIT CREDIT",
			"Fecha | Fecha valor | Concepto | Importe | Saldo;DATE VALUE_DATE DESCRIPTION AMOUNT BALANCE",
			"Data | Descrizione | Addebiti | Accrediti;DATE DESCRIPTION DEBIT CREDIT",
			"Data | Descrição | Valor | Saldo;DATE DESCRIPTION AMOUNT BALANCE",
			"Post Date | Trans Date | Merchant Name or Transaction Description | $ Amount;DATE DATE DESCRIPTION AMOUNT",
			"Date | Interest Date | Counterparty | Description | Amount;DATE VALUE_DATE COUNTERPARTY DESCRIPTION AMOUNT",
			"Date | Details | Paid out | Paid in | Balance;DATE DESCRIPTION DEBIT CREDIT BALANCE",
			"Date | Transaction | Debit/Credit;DATE DESCRIPTION AMOUNT" })
	void findsTheColumnsOfTitleRows(String cells, String roles) {
		TableHeader header = HeaderDetector.detect(line(cells)).orElseThrow();
		assertThat(header.columns()).extracting((c) -> c.role().name()).containsExactly(roles.split(" "));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Please check the balance shown on this date and the description of each item",
			"Balance as of 01.10.2025: | 15.320,00 €", "Statement date | Payment due date | Total credit limit",
			"Account | Account No. | Balance | Balance", "Total Deposit Amount: | HKD 54,736.10" })
	void ignoresRowsThatAreNotTableTitles(String cells) {
		assertThat(HeaderDetector.detect(line(cells))).isEmpty();
	}

}
