package com.excellentbanking.statements;

import java.util.Objects;

/**
 * Per-read settings. {@code password} opens encrypted PDFs; {@code progress} hears about
 * long work (pages done), so a caller can show it.
 */
public record ReadOptions(String password, ProgressListener progress) {

	public static final ReadOptions DEFAULT = new ReadOptions(null, ProgressListener.NONE);

	public ReadOptions {
		progress = Objects.requireNonNullElse(progress, ProgressListener.NONE);
	}

	public static ReadOptions withPassword(String password) {
		return new ReadOptions(password, ProgressListener.NONE);
	}

	public ReadOptions withProgress(ProgressListener progress) {
		return new ReadOptions(this.password, progress);
	}

}
