package com.excellentbanking.statements;

/** Hears how far a long read has come, for example pages done out of pages in all. */
@FunctionalInterface
public interface ProgressListener {

	ProgressListener NONE = (done, total) -> {
	};

	void onProgress(int done, int total);

}
