package com.excellentbanking.statements.camt;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
			this.reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
		}
		catch (XMLStreamException ex) {
			throw malformed(ex);
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
