package com.excellentbanking.statements;

import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.StatementFormat;

/**
 * Reads one format into the model. Implementations are pure: bytes in, model out, no I/O,
 * and throw {@link com.excellentbanking.statements.model.StatementException} with a
 * stable code for content they cannot read.
 */
public interface StatementParser {

	StatementFormat format();

	ParsedDocument parse(byte[] content, ReadOptions options);

}
