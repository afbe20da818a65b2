package com.excellentbanking.statements.csv;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderRolesTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "Date|DATE", "Buchungstag|DATE", "Datum|DATE", "Fecha|DATE",
			"Posting date|DATE", "Transaction date|TRANSACTION_DATE", "datum verrichting|TRANSACTION_DATE",
			"Datum provedení|TRANSACTION_DATE", "Valutadatum|VALUE_DATE", "Wertstellung|VALUE_DATE",
			"Date de valeur|VALUE_DATE", "Rentedatum|VALUE_DATE", "Betrag (EUR)|AMOUNT", "Bedrag|AMOUNT",
			"Montant|AMOUNT", "Importe|AMOUNT", "Zaúčtovaná částka|AMOUNT", "Tranzakció összege|AMOUNT",
			"Buchungsbetrag|AMOUNT", "Debit|DEBIT", "Withdrawals (SGD)|DEBIT", "Soll|DEBIT", "Af|DEBIT", "Cargo|DEBIT",
			"Credit|CREDIT", "Haben|CREDIT", "Bij|CREDIT", "Abono|CREDIT", "Deposit (+)|CREDIT", "Af Bij|DIRECTION",
			"D/K|DIRECTION", "Soll/Haben|DIRECTION", "Bevétel/Kiadás|DIRECTION", "Saldo na trn|BALANCE",
			"Kontostand|BALANCE", "Solde|BALANCE", "Egyenleg|BALANCE", "Währung|CURRENCY", "Waehrung|CURRENCY",
			"Munt|CURRENCY", "Divisa|CURRENCY", "Verwendungszweck|MEMO", "Omschrijving-1|DESCRIPTION",
			"Libellé|DESCRIPTION", "Concepto|DESCRIPTION", "Beguenstigter/Zahlungspflichtiger|COUNTERPARTY",
			"Naam tegenpartij|COUNTERPARTY", "Counteraccount name|COUNTERPARTY",
			"Tegenrekening IBAN/BBAN|COUNTERPARTY_ACCOUNT", "rekeningnummer tegenpartij|COUNTERPARTY_ACCOUNT",
			"Partner számlaszáma|COUNTERPARTY_ACCOUNT", "Auftragskonto|ACCOUNT", "IBAN/BBAN|ACCOUNT",
			"Betrag (Fremdwährung)|IGNORED", "Oorspr bedrag|IGNORED", "Amount (fee)|IGNORED", "BIC tegenpartij|IGNORED",
			"Original Description|IGNORED", "local_amount|IGNORED", "Message for payee|MEMO", "Umsatzart|TYPE" })
	void mapsHeadersInManyLanguages(String header, ColumnRole role) {
		assertThat(HeaderRoles.match(header)).hasValueSatisfying((m) -> assertThat(m.roles().get(0)).isEqualTo(role));
	}

	@Test
	void valutaMayBeAValueDateOrACurrency() {
		assertThat(HeaderRoles.match("Valuta").orElseThrow().roles()).containsExactly(ColumnRole.VALUE_DATE,
				ColumnRole.CURRENCY);
	}

	@Test
	void unknownHeadersHaveNoRole() {
		assertThat(HeaderRoles.match("Lieblingsfarbe")).isEmpty();
		assertThat(HeaderRoles.match("")).isEmpty();
	}

	@Test
	void detectsTheHeaderLanguage() {
		assertThat(HeaderRoles.language(List.of("Buchungstag", "Verwendungszweck", "Betrag")))
			.isEqualTo(HeaderRoles.Language.DE);
		assertThat(HeaderRoles.language(List.of("Datum", "Bedrag", "Omschrijving", "Tegenrekening")))
			.isEqualTo(HeaderRoles.Language.NL);
		assertThat(HeaderRoles.language(List.of("Date", "Description", "Amount"))).isEqualTo(HeaderRoles.Language.EN);
		assertThat(HeaderRoles.language(List.of("Fecha", "Concepto", "Importe"))).isEqualTo(HeaderRoles.Language.ES);
		assertThat(HeaderRoles.language(List.of("Date opération", "Libellé", "Montant")))
			.isEqualTo(HeaderRoles.Language.FR);
	}

	@Test
	void findsCurrencyCodesInHeaders() {
		assertThat(HeaderRoles.currencyIn("Betrag (EUR)")).isEqualTo("EUR");
		assertThat(HeaderRoles.currencyIn("Amount CZK")).isEqualTo("CZK");
		assertThat(HeaderRoles.currencyIn("BIC")).isNull();
	}

}
