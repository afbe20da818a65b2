package com.excellentbanking.statements.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON writing conventions every output shares. Decimals are written from their
 * {@link BigDecimal} text, so {@code 12.50} stays {@code 12.50} and nothing goes through
 * a double; dates are ISO. Generators never close the caller's stream.
 */
final class Json {

	static final JsonFactory FACTORY = JsonFactory.builder()
		.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
		.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
		.build();

	private Json() {
	}

	static JsonGenerator generator(OutputStream out) {
		return FACTORY.createGenerator(out);
	}

	static String toJson(Consumer<JsonGenerator> writer) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try (JsonGenerator generator = generator(buffer)) {
			writer.accept(generator);
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}

	static void decimal(JsonGenerator generator, String name, BigDecimal value) {
		generator.writeName(name);
		if (value == null) {
			generator.writeNull();
		}
		else {
			generator.writeNumber(value.toPlainString());
		}
	}

	static void date(JsonGenerator generator, String name, LocalDate value) {
		string(generator, name, (value != null) ? value.toString() : null);
	}

	static void string(JsonGenerator generator, String name, String value) {
		generator.writeName(name);
		if (value == null) {
			generator.writeNull();
		}
		else {
			generator.writeString(value);
		}
	}

	static void integer(JsonGenerator generator, String name, Long value) {
		generator.writeName(name);
		if (value == null) {
			generator.writeNull();
		}
		else {
			generator.writeNumber(value);
		}
	}

	static void strings(JsonGenerator generator, String name, List<String> values) {
		generator.writeName(name);
		generator.writeStartArray();
		for (String value : values) {
			generator.writeString(value);
		}
		generator.writeEndArray();
	}

	static String stringArray(List<String> values) {
		return toJson((generator) -> {
			generator.writeStartArray();
			values.forEach(generator::writeString);
			generator.writeEndArray();
		});
	}

}
