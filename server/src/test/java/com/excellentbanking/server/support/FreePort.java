package com.excellentbanking.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A port that was free a moment ago. Full-app tests that hand out URLs to themselves (the
 * local blob store signs URLs to its own port) need to know their port before they start.
 */
public final class FreePort {

	private FreePort() {
	}

	public static int find() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
