package com.excellentbanking.statements.camt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small read-only element tree for one part of a CAMT message (an account, a balance,
 * an entry), so the mapping code can follow paths instead of juggling stream events.
 * Names are local names: CAMT versions differ only in their namespace.
 */
record XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children) {

	/** The first descendant along the path of local names, or {@code null}. */
	XmlElement child(String... path) {
		XmlElement current = this;
		for (String step : path) {
			XmlElement next = null;
			for (XmlElement candidate : current.children) {
				if (candidate.name.equals(step)) {
					next = candidate;
					break;
				}
			}
			if (next == null) {
				return null;
			}
			current = next;
		}
		return current;
	}

	/** The trimmed text at the path, or {@code null} when absent or blank. */
	String text(String... path) {
		XmlElement element = child(path);
		if (element == null || element.text.isBlank()) {
			return null;
		}
		return element.text.strip();
	}

	List<XmlElement> children(String childName) {
		List<XmlElement> matches = new ArrayList<>();
		for (XmlElement candidate : this.children) {
			if (candidate.name.equals(childName)) {
				matches.add(candidate);
			}
		}
		return matches;
	}

	String attribute(String attributeName) {
		return this.attributes.get(attributeName);
	}

}
