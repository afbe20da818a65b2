package com.excellentbanking.statements.ofx;

import java.util.ArrayDeque;
import java.util.Deque;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/**
 * Recovers elements from tokens without knowing the OFX schema. A start tag followed by
 * text is a leaf (SGML never closes leaves; an XML close tag right after is consumed). A
 * start tag followed by another tag opens an aggregate. A close tag pops up to its
 * aggregate: anything still open above it was an SGML leaf without a value, whose
 * apparent children are really its siblings — which is harmless, because handlers look at
 * the aggregates they know.
 */
final class OfxStructure {

	/** Real OFX nests about ten deep; empty SGML leaves add a few more. */
	static final int MAX_DEPTH = 100;

	private final OfxTokenizer tokenizer;

	private final OfxEvents events;

	private final Deque<Open> stack = new ArrayDeque<>();

	private String pendingStart;

	private String lastLeaf;

	private boolean sawOfx;

	private static final class Open {

		final String name;

		boolean hasChildren;

		Open(String name) {
			this.name = name;
		}

	}

	OfxStructure(OfxTokenizer tokenizer, OfxEvents events) {
		this.tokenizer = tokenizer;
		this.events = events;
	}

	void run() {
		while (true) {
			OfxTokenizer.Kind kind = this.tokenizer.next();
			String value = this.tokenizer.value();
			switch (kind) {
				case START -> start(value);
				case EMPTY -> {
					flushPendingAsOpen();
					leaf(value, "");
				}
				case TEXT -> text(value, true);
				case CDATA -> text(value, false);
				case END -> end(value);
				case EOF -> {
					finish();
					return;
				}
			}
		}
	}

	private void start(String name) {
		flushPendingAsOpen();
		if (name.equals("OFX")) {
			this.sawOfx = true;
		}
		this.pendingStart = name;
		this.lastLeaf = null;
	}

	private void text(String text, boolean escaped) {
		if (this.pendingStart == null || text.isBlank()) {
			return;
		}
		String name = this.pendingStart;
		this.pendingStart = null;
		leaf(name, escaped ? OfxValues.unescape(text.strip()) : text.strip());
	}

	private void end(String name) {
		if (this.pendingStart != null) {
			if (this.pendingStart.equals(name)) {
				String leaf = this.pendingStart;
				this.pendingStart = null;
				leaf(leaf, "");
				this.lastLeaf = null;
				return;
			}
			flushPendingAsOpen();
		}
		if (name.equals(this.lastLeaf)) {
			this.lastLeaf = null;
			return;
		}
		this.lastLeaf = null;
		if (this.stack.stream().noneMatch((open) -> open.name.equals(name))) {
			return;
		}
		while (true) {
			Open open = this.stack.pop();
			this.events.close(open.name);
			if (open.name.equals(name)) {
				return;
			}
		}
	}

	private void leaf(String name, String value) {
		markChild();
		this.events.leaf(name, value);
		this.lastLeaf = name;
	}

	private void flushPendingAsOpen() {
		if (this.pendingStart == null) {
			return;
		}
		String name = this.pendingStart;
		this.pendingStart = null;
		if (this.stack.size() >= MAX_DEPTH) {
			throw new StatementException(ErrorCode.CORRUPT_FILE,
					"The OFX file nests elements deeper than " + MAX_DEPTH + " levels");
		}
		markChild();
		this.stack.push(new Open(name));
		this.events.open(name);
	}

	private void markChild() {
		Open parent = this.stack.peek();
		if (parent != null) {
			parent.hasChildren = true;
		}
	}

	/**
	 * An aggregate left open at the end means the file was cut off; elements without
	 * children left open are SGML leaves without a value and need no close tag.
	 */
	private void finish() {
		if (!this.sawOfx) {
			throw new StatementException(ErrorCode.CORRUPT_FILE, "The OFX file has no <OFX> element");
		}
		this.pendingStart = null;
		for (Open open : this.stack) {
			if (open.hasChildren) {
				throw new StatementException(ErrorCode.CORRUPT_FILE,
						"The OFX file is truncated: <" + open.name + "> is never closed");
			}
		}
	}

}
