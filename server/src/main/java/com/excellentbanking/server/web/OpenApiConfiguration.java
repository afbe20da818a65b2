package com.excellentbanking.server.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The head of {@code /openapi.json}: what the API is and how callers authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String BEARER = "bearer";

	@Bean
	OpenAPI excellentBankingOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Excellent Banking API")
				.version("0.1.0")
				.description("Bank statements in, reconciled transactions out: upload statement files, process them "
						+ "in the background, download Excel, JSON and SQLite outputs, and combine files in "
						+ "dashboards. Errors are {\"detail\": ...}; validation errors are 422 with a list of "
						+ "{loc, msg, type}."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("JWT")
						.description("A Clerk session token, or in dev mode one from POST /dev/token")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
