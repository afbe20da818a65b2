package com.excellentbanking.statements.camt;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/**
 * A StAX reader that refuses what a bank statement never contains but an attack does: a
 * DOCTYPE (external entities, entity expansion "billion laughs"), entity references,
 * nesting deeper than {@link #MAX_DEPTH}, and text nodes longer than
 * {@link #MAX_TEXT_LENGTH}. Every failure is a {@code corrupt_file}
 * {@link StatementException} whose message never quotes the document.
 */
final class SafeXmlReader implements AutoCloseable {

	private static final Pattern DECLARED_ENCODING = Pattern
		.compile("^\\s*<\\?xml[^>]*\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

	/** CAMT nests about 15 levels deep; 100 leaves room for proprietary extensions. */
	static final int MAX_DEPTH = 100;

	/**
	 * Longest text of one element; CAMT text fields are at most a few hundred characters.
	 */
	static final int MAX_TEXT_LENGTH = 64 * 1024;

	private final XMLStreamReader reader;

	private int depth;

	SafeXmlReader(byte[] content) {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
			throw new XMLStreamException("external resources are not read");
		});
		try {
			this.reader = factory.createXMLStreamReader(decoding(content));
		}
		catch (XMLStreamException ex) {
			throw malformed(ex);
		}
	}

	/**
	 * The document as characters, decoded here rather than by the XML parser: the JDK's
	 * parser prints invalid byte sequences to standard error before it fails, and a
	 * strict decoder turns them into an ordinary read error instead. The charset is the
	 * byte-order mark's, else the XML declaration's, else UTF-8.
	 */
	private static Reader decoding(byte[] content) {
		int offset = 0;
		Charset charset = StandardCharsets.UTF_8;
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) {
			offset = 3;
		}
		else if (content.length >= 2 && (((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)
				|| ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF))) {
			charset = StandardCharsets.UTF_16;
		}
		else {
			charset = declaredCharset(content);
		}
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new InputStreamReader(new ByteArrayInputStream(content, offset, content.length - offset), decoder);
	}

	private static Charset declaredCharset(byte[] content) {
		String prolog = new String(content, 0, Math.min(content.length, 256), StandardCharsets.ISO_8859_1);
		Matcher declaration = DECLARED_ENCODING.matcher(prolog);
		if (!declaration.find()) {
			return StandardCharsets.UTF_8;
		}
		try {
			return Charset.forName(declaration.group(1));
		}
		catch (IllegalArgumentException ex) {
			throw new StatementException(ErrorCode.CORRUPT_FILE,
					"The CAMT XML declares an encoding this service does not know");
		}
	}

	/**
	 * Moves to the next start or end tag and returns its event type, or
	 * {@link XMLStreamConstants#END_DOCUMENT}.
	 */
	int nextTag() {
		try {
			while (this.reader.hasNext()) {
				int event = this.reader.next();
				switch (event) {
					case XMLStreamConstants.START_ELEMENT -> {
						if (++this.depth > MAX_DEPTH) {
							throw new StatementException(ErrorCode.CORRUPT_FILE,
									"The XML nests deeper than " + MAX_DEPTH + " levels, which no CAMT message does");
						}
						return event;
					}
					case XMLStreamConstants.END_ELEMENT -> {
						this.depth--;
						return event;
					}
					case XMLStreamConstants.DTD -> throw new StatementException(ErrorCode.CORRUPT_FILE,
							"The XML declares a DOCTYPE, which CAMT messages never do; it is not read");
					case XMLStreamConstants.ENTITY_REFERENCE -> throw new StatementException(ErrorCode.CORRUPT_FILE,
							"The XML references an entity, which CAMT messages never do; it is not read");
					default -> {
						// text between tags, comments and processing instructions carry
						// no data here
					}
				}
			}
			return XMLStreamConstants.END_DOCUMENT;
		}
		catch (XMLStreamException ex) {
			throw malformed(ex);
		}
	}

	String localName() {
		return this.reader.getLocalName();
	}

	String namespace() {
		String namespace = this.reader.getNamespaceURI();
		return (namespace != null) ? namespace : "";
	}

	String encoding() {
		String declared = this.reader.getCharacterEncodingScheme();
		return (declared != null) ? declared : this.reader.getEncoding();
	}

	/** Reads the current element (just started) and everything inside it into a tree. */
	XmlElement readElement() {
		try {
			String name = this.reader.getLocalName();
			Map<String, String> attributes = new HashMap<>();
			for (int i = 0; i < this.reader.getAttributeCount(); i++) {
				attributes.put(this.reader.getAttributeLocalName(i), this.reader.getAttributeValue(i));
			}
			StringBuilder text = new StringBuilder();
			List<XmlElement> children = new ArrayList<>();
			while (true) {
				int event = this.reader.next();
				switch (event) {
					case XMLStreamConstants.START_ELEMENT -> {
						if (++this.depth > MAX_DEPTH) {
							throw new StatementException(ErrorCode.CORRUPT_FILE,
									"The XML nests deeper than " + MAX_DEPTH + " levels, which no CAMT message does");
						}
						children.add(readElement());
					}
					case XMLStreamConstants.END_ELEMENT -> {
						this.depth--;
						return new XmlElement(name, attributes, text.toString(), children);
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						if (text.length() + this.reader.getTextLength() > MAX_TEXT_LENGTH) {
							throw new StatementException(ErrorCode.CORRUPT_FILE,
									"An XML element holds more than " + MAX_TEXT_LENGTH + " characters of text");
						}
						text.append(this.reader.getTextCharacters(), this.reader.getTextStart(),
								this.reader.getTextLength());
					}
					case XMLStreamConstants.ENTITY_REFERENCE -> throw new StatementException(ErrorCode.CORRUPT_FILE,
							"The XML references an entity, which CAMT messages never do; it is not read");
					case XMLStreamConstants.END_DOCUMENT -> throw new StatementException(ErrorCode.CORRUPT_FILE,
							"The CAMT XML ends in the middle of an element: the file is truncated");
					default -> {
						// comments and processing instructions
					}
				}
			}
		}
		catch (XMLStreamException ex) {
			throw malformed(ex);
		}
	}

	/** Skips the current element (just started) and its content. */
	void skipElement() {
		int target = this.depth - 1;
		while (this.depth > target) {
			if (nextTag() == XMLStreamConstants.END_DOCUMENT) {
				throw new StatementException(ErrorCode.CORRUPT_FILE,
						"The CAMT XML ends in the middle of an element: the file is truncated");
			}
		}
	}

	@Override
	public void close() {
		try {
			this.reader.close();
		}
		catch (XMLStreamException ex) {
			// nothing is held open for an in-memory document
		}
	}

	private static StatementException malformed(XMLStreamException ex) {
		Location location = ex.getLocation();
		String where = (location != null && location.getLineNumber() > 0)
				? " near line " + location.getLineNumber() + ", column " + location.getColumnNumber() : "";
		return new StatementException(ErrorCode.CORRUPT_FILE,
				"The CAMT XML is malformed or truncated" + where + ", so it cannot be read", ex);
	}

}
