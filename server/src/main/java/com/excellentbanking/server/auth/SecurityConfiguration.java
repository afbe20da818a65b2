package com.excellentbanking.server.auth;

import java.util.Arrays;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One stateless filter chain: a few public routes, bearer JWTs for everything else.
 * Without a servlet web server (a worker-only or test context) there is nothing to guard.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/**
	 * Routes that need no token: health and docs; the dev issuer's own routes; pre-signed
	 * blob URLs (verified by their HMAC); the public price list; webhooks (verified by
	 * their signature); admin (verified by its key).
	 */
	static final String[] PUBLIC_PATHS = { "/health", "/actuator/health", "/openapi.json", "/openapi.json/**", "/docs",
			"/docs/**", "/swagger-ui/**", "/v3/api-docs/**", "/dev/token", "/dev/jwks.json", "/blobs/**",
			"/billing/plans", "/webhooks/**", "/admin/**", "/error" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		RequestMatcher publicPaths = new OrRequestMatcher(Arrays.stream(PUBLIC_PATHS)
			.map((path) -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
			.toList());
		JsonAuthenticationEntryPoint notAuthenticated = new JsonAuthenticationEntryPoint();
		JsonAccessDeniedHandler accessDenied = new JsonAccessDeniedHandler();
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(publicPaths).permitAll().anyRequest().authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.authenticationEntryPoint(notAuthenticated)
				.accessDeniedHandler(accessDenied)
				.bearerTokenResolver(ignoringTokensOn(publicPaths))
				.jwt(Customizer.withDefaults()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(notAuthenticated)
				.accessDeniedHandler(accessDenied));
		return http.build();
	}

	/**
	 * Public routes never look at an Authorization header, so a stale token in a client
	 * cannot break a pre-signed download or a webhook.
	 */
	private static BearerTokenResolver ignoringTokensOn(RequestMatcher publicPaths) {
		DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
		return (request) -> publicPaths.matches(request) ? null : bearer.resolve(request);
	}

}
