package com.excellentbanking.statements.export;

import java.math.BigDecimal;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/**
 * An amount as an exact integer count of {@code 10^-scale} units ({@code 12.50} at scale
 * 2 is {@code 1250}), so SQL sums are exact. Never rounds: a value with more decimals
 * than the scale, or too large for 64 bits, is refused.
 */
final class MinorUnits {

	private MinorUnits() {
	}

	static Long of(BigDecimal value, int scale) {
		if (value == null) {
			return null;
		}
		try {
			return value.setScale(scale).unscaledValue().longValueExact();
		}
		catch (ArithmeticException ex) {
			throw new StatementException(ErrorCode.CORRUPT_FILE,
					"The amount " + value.toPlainString() + " cannot be stored exactly with " + scale + " decimals");
		}
	}

	static BigDecimal toDecimal(long minor, int scale) {
		return BigDecimal.valueOf(minor, scale);
	}

}
