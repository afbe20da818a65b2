package com.excellentbanking.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.excellentbanking.server.core.ClientError;
import com.excellentbanking.server.core.InvalidField;

/**
 * The one place exceptions become HTTP answers: {@code {"detail": "..."}} for refusals
 * and FastAPI-style {@code {"detail": [{"loc", "msg", "type"}]}} with 422 for invalid
 * requests (SPEC §3). Nothing reaches the client as a stack trace.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ClientError.class)
	ResponseEntity<Map<String, Object>> clientError(ClientError error) {
		return ResponseEntity.status(error.status()).body(Map.of("detail", error.detail()));
	}

	@ExceptionHandler(InvalidField.class)
	ResponseEntity<Map<String, Object>> invalidField(InvalidField error) {
		return unprocessable(List.of(new ValidationError(error.location(), error.detail(), error.type())));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<Map<String, Object>> invalidBody(MethodArgumentNotValidException ex) {
		List<ValidationError> errors = new ArrayList<>();
		for (FieldError field : ex.getBindingResult().getFieldErrors()) {
			errors.add(new ValidationError(List.of("body", JsonNames.snakeCase(field.getField())),
					field.getDefaultMessage(), ValidationError.typeOf(field.getCode())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((global) -> errors.add(new ValidationError(List.of("body"), global.getDefaultMessage(),
					ValidationError.typeOf(global.getCode()))));
		return unprocessable(errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<Map<String, Object>> invalidParameter(HandlerMethodValidationException ex) {
		List<ValidationError> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			String location = RequestParts.locationOf(result.getMethodParameter());
			result.getResolvableErrors()
				.forEach((error) -> errors.add(new ValidationError(List.of(location, String.valueOf(name)),
						error.getDefaultMessage(), ValidationError.typeOf(firstCode(error.getCodes())))));
		});
		return unprocessable(errors);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, Object>> wrongParameterType(MethodArgumentTypeMismatchException ex) {
		String location = RequestParts.locationOf(ex.getParameter());
		return unprocessable(List.of(new ValidationError(List.of(location, ex.getName()),
				"Input should be a valid " + RequestParts.describe(ex.getRequiredType()), "type_error")));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException ex) {
		return unprocessable(
				List.of(new ValidationError(List.of("query", ex.getParameterName()), "Field required", "missing")));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException ex) {
		return unprocessable(
				List.of(new ValidationError(List.of("body", ex.getRequestPartName()), "Field required", "missing")));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadableBody(HttpMessageNotReadableException ex) {
		if (NestedExceptionUtils.getRootCause(ex) instanceof JsonBodyLimit.BodyTooLarge) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("detail", "Request body too large"));
		}
		return unprocessable(List.of(BodyProblems.describe(ex)));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> uploadTooLarge(MaxUploadSizeExceededException ex) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("detail", "File too large"));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Map<String, Object>> badMultipart(MultipartException ex) {
		return unprocessable(List.of(new ValidationError(List.of("body", "file"),
				"Expected a multipart/form-data body with a file field", "value_error")));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<Map<String, Object>> noRoute(NoResourceFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("detail", "Not Found"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<Map<String, Object>> wrongMethod(HttpRequestMethodNotSupportedException ex) {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(Map.of("detail", "Method Not Allowed"));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, Object>> wrongMediaType(HttpMediaTypeNotSupportedException ex) {
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.body(Map.of("detail", "Unsupported media type: " + ex.getContentType()));
	}

	/**
	 * Two requests changed the same rows at once (a file deleted while it is being added
	 * to a dashboard, say): the database refused the second; retrying gives the right
	 * answer.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Map<String, Object>> concurrentChange(DataIntegrityViolationException ex) {
		log.info("Refused a change that conflicted with a concurrent one: {}", ex.getMostSpecificCause().getMessage());
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Map.of("detail", "The resource was changed by another request; please retry"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, Object>> unexpected(Exception ex) {
		log.error("Unhandled error", ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of("detail", "Internal server error"));
	}

	private static ResponseEntity<Map<String, Object>> unprocessable(List<ValidationError> errors) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("detail", errors));
	}

	private static String firstCode(String[] codes) {
		return (codes != null && codes.length > 0) ? codes[codes.length - 1] : null;
	}

}
