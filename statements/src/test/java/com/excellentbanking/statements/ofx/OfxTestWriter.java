package com.excellentbanking.statements.ofx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;

/** Writes statements as OFX, the way banks do, so tests can read them back. */
final class OfxTestWriter {

	private OfxTestWriter() {
	}

	static String sgml(List<Statement> statements) {
		StringBuilder out = new StringBuilder("OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\n"
				+ "ENCODING:USASCII\r\nCHARSET:1252\r\nCOMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n");
		out.append("<OFX>\r\n<BANKMSGSRSV1>\r\n");
		for (Statement statement : statements) {
			out.append("<STMTTRNRS>\r\n<TRNUID>1\r\n<STMTRS>\r\n<CURDEF>").append(statement.currency()).append("\r\n");
			out.append("<BANKACCTFROM>\r\n<BANKID>").append(statement.account().bank());
			out.append("\r\n<ACCTID>").append(statement.account().number()).append("\r\n<ACCTTYPE>CHECKING\r\n");
			out.append("</BANKACCTFROM>\r\n<BANKTRANLIST>\r\n<DTSTART>").append(dateTime(statement.periodStart()));
			out.append("\r\n<DTEND>").append(dateTime(statement.periodEnd())).append("\r\n");
			for (Transaction transaction : statement.transactions()) {
				out.append("<STMTTRN>\r\n<TRNTYPE>").append(transaction.type());
				out.append("\r\n<DTPOSTED>").append(dateTime(transaction.date()));
				out.append("\r\n<TRNAMT>").append(transaction.amount().toPlainString());
				out.append("\r\n<FITID>").append(transaction.reference());
				out.append("\r\n<NAME>").append(escape(transaction.description())).append("\r\n</STMTTRN>\r\n");
			}
			out.append("</BANKTRANLIST>\r\n<LEDGERBAL>\r\n<BALAMT>").append(statement.closingBalance().toPlainString());
			out.append("\r\n<DTASOF>").append(dateTime(statement.periodEnd())).append("\r\n</LEDGERBAL>\r\n");
			out.append("</STMTRS>\r\n</STMTTRNRS>\r\n");
		}
		return out.append("</BANKMSGSRSV1>\r\n</OFX>\r\n").toString();
	}

	static String xml(List<Statement> statements) {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
				+ "<?OFX OFXHEADER=\"200\" VERSION=\"220\" SECURITY=\"NONE\" OLDFILEUID=\"NONE\" NEWFILEUID=\"NONE\"?>\n");
		out.append("<OFX>\n  <BANKMSGSRSV1>\n");
		for (Statement statement : statements) {
			out.append("    <STMTTRNRS><TRNUID>1</TRNUID><STMTRS>\n");
			leaf(out, "CURDEF", statement.currency());
			out.append("<BANKACCTFROM>");
			leaf(out, "BANKID", statement.account().bank());
			leaf(out, "ACCTID", statement.account().number());
			out.append("</BANKACCTFROM>\n      <BANKTRANLIST>");
			leaf(out, "DTSTART", statement.periodStart().format(DateTimeFormatter.BASIC_ISO_DATE));
			leaf(out, "DTEND", statement.periodEnd().format(DateTimeFormatter.BASIC_ISO_DATE));
			for (Transaction transaction : statement.transactions()) {
				out.append("\n        <STMTTRN>");
				leaf(out, "TRNTYPE", transaction.type());
				leaf(out, "DTPOSTED", dateTime(transaction.date()));
				leaf(out, "TRNAMT", transaction.amount().toPlainString());
				leaf(out, "FITID", transaction.reference());
				leaf(out, "NAME", escape(transaction.description()));
				out.append("<MEMO/></STMTTRN>");
			}
			out.append("\n      </BANKTRANLIST>\n      <LEDGERBAL>");
			leaf(out, "BALAMT", statement.closingBalance().toPlainString());
			leaf(out, "DTASOF", dateTime(statement.periodEnd()));
			out.append("</LEDGERBAL>\n    </STMTRS></STMTTRNRS>\n");
		}
		return out.append("  </BANKMSGSRSV1>\n</OFX>\n").toString();
	}

	private static void leaf(StringBuilder out, String name, String value) {
		out.append('<').append(name).append('>').append(value).append("</").append(name).append('>');
	}

	private static String dateTime(LocalDate date) {
		return date.format(DateTimeFormatter.BASIC_ISO_DATE) + "120000.000[-5:EST]";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
