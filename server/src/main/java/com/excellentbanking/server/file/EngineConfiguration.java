package com.excellentbanking.server.file;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.excellentbanking.statements.StatementReader;

/** The statements engine, with the service's upload limit as its size limit. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

	@Bean
	StatementReader statementReader(FileSettings settings) {
		return StatementReader.withDefaultParsers(settings.maxBytes());
	}

}
