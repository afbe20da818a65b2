package com.excellentbanking.benchmarks.formats;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.camt.CamtStatementParser;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.mt940.Mt940StatementParser;

/**
 * Parse throughput of CAMT.053 and MT940 in transactions per second, on synthetic files
 * of {@value #TRANSACTIONS} transactions built once in {@link #build()} (SEPA-style
 * entries with party, IBAN and remittance text; GVC-structured {@code :86:}).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CamtMt940ParseBenchmark -wi 2 -i 3 -f 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CamtMt940ParseBenchmark {

	static final int TRANSACTIONS = 10_000;

	private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

	private final CamtStatementParser camt = new CamtStatementParser();

	private final Mt940StatementParser mt940 = new Mt940StatementParser();

	private byte[] camtFile;

	private byte[] mt940File;

	@Setup
	public void build() {
		Random random = new Random(42);
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><GrpHdr>"
				+ "<MsgId>B</MsgId><CreDtTm>2024-01-01T00:00:00</CreDtTm></GrpHdr><Stmt><Id>B1</Id><Acct><Id>"
				+ "<IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>");
		StringBuilder sta = new StringBuilder(
				":20:BENCH\r\n:25:DE89370400440532013000\r\n:28C:1/1\r\n" + ":60F:C240101EUR0,00\r\n");
		LocalDate date = LocalDate.of(2024, 1, 1);
		for (int i = 0; i < TRANSACTIONS; i++) {
			BigDecimal amount = BigDecimal.valueOf(random.nextInt(2_000_000) + 1, 2);
			boolean credit = random.nextBoolean();
			LocalDate day = date.plusDays(i / 100);
			String role = credit ? "Dbtr" : "Cdtr";
			xml.append("<Ntry><Amt Ccy=\"EUR\">")
				.append(amount.toPlainString())
				.append("</Amt><CdtDbtInd>")
				.append(credit ? "CRDT" : "DBIT")
				.append("</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>")
				.append(day)
				.append("</Dt></BookgDt><ValDt><Dt>")
				.append(day)
				.append("</Dt></ValDt><AcctSvcrRef>REF")
				.append(i)
				.append("</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd>")
				.append("</Fmly></Domn></BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>E2E-")
				.append(i)
				.append("</EndToEndId></Refs><RltdPties><")
				.append(role)
				.append("><Pty><Nm>Counterparty ")
				.append(i % 97)
				.append(" GmbH</Nm></Pty></")
				.append(role)
				.append("><")
				.append(role)
				.append("Acct><Id><IBAN>DE02120300000000202051</IBAN></Id></")
				.append(role)
				.append("Acct></RltdPties><RmtInf><Ustrd>Invoice ")
				.append(i)
				.append(" payment for services rendered in January</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>");
			sta.append(":61:")
				.append(YYMMDD.format(day))
				.append(credit ? "C" : "D")
				.append(amount.toPlainString().replace('.', ','))
				.append("NTRFE2E-")
				.append(i)
				.append("//B")
				.append(i)
				.append("\r\n:86:166?00SEPA-UEBERWEISUNG?20EREF+E2E-")
				.append(i)
				.append("?21SVWZ+Invoice ")
				.append(i)
				.append(" payment fo?22r services rendered?30COBADEFFXXX?31DE02120300000000202051?32Counterparty ")
				.append(i % 97)
				.append(" GmbH\r\n");
		}
		xml.append("</Stmt></BkToCstmrStmt></Document>");
		sta.append(":62F:C240101EUR0,00\r\n-\r\n");
		this.camtFile = xml.toString().getBytes(StandardCharsets.UTF_8);
		this.mt940File = sta.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Benchmark
	@OperationsPerInvocation(TRANSACTIONS)
	public ParsedDocument camt053() {
		return this.camt.parse(this.camtFile, ReadOptions.DEFAULT);
	}

	@Benchmark
	@OperationsPerInvocation(TRANSACTIONS)
	public ParsedDocument mt940() {
		return this.mt940.parse(this.mt940File, ReadOptions.DEFAULT);
	}

}
