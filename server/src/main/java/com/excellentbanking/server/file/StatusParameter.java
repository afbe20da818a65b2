package com.excellentbanking.server.file;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads {@code ?status=completed}; an unknown value is a type mismatch, hence a 422. */
@Component
class StatusParameter implements Converter<String, FileStatus> {

	@Override
	public FileStatus convert(String source) {
		return FileStatus.fromCode(source.strip());
	}

}
