package com.excellentbanking.server.dashboard;

import java.util.List;

import com.excellentbanking.server.core.NotFound;

/** Lists every id that is not a file of the caller; nothing was changed. */
class FilesNotFound extends NotFound {

	FilesNotFound(List<Long> ids) {
		super("Files not found: " + ids);
	}

}
