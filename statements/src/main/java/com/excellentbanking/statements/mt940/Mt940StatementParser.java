package com.excellentbanking.statements.mt940;

import java.util.ArrayList;
import java.util.List;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementParser;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.StatementFormat;

/**
 * Reads SWIFT MT940 (customer statement) and MT942 (interim report) files, with or
 * without SWIFT envelopes; each {@code :20:} block is one statement.
 */
public final class Mt940StatementParser implements StatementParser {

	@Override
	public StatementFormat format() {
		return StatementFormat.MT940;
	}

	@Override
	public ParsedDocument parse(byte[] content, ReadOptions options) {
		SwiftFields.checkLineLengths(content);
		String text = SwiftText.decode(content);
		List<SwiftField> fields = SwiftFields.split(text);
		if (fields.isEmpty()) {
			throw new StatementException(ErrorCode.CORRUPT_FILE,
					"The file has no MT940 fields (lines like :20: or :61:)");
		}
		List<Statement> statements = new ArrayList<>();
		List<SwiftField> block = new ArrayList<>();
		for (SwiftField field : fields) {
			if (field.tag().equals("20") && hasContent(block)) {
				statements.add(StatementBlock.read(block));
				block.clear();
			}
			block.add(field);
		}
		if (hasContent(block)) {
			statements.add(StatementBlock.read(block));
		}
		return new ParsedDocument(StatementFormat.MT940, 0, text.length(), statements, List.of());
	}

	/** A block of only a :20: (or only non-SWIFT lines) is no statement. */
	private static boolean hasContent(List<SwiftField> block) {
		return block.stream().anyMatch((field) -> !field.tag().equals("20") && !field.tag().equals("NS"));
	}

}
