package com.excellentbanking.statements.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command line of {@code convert}:
 * {@code convert INPUT... [--out DIR] [--to xlsx,json,sqlite] [--merge combined.xlsx] [--password P]}.
 */
record ConvertOptions(List<Path> inputs, Path outDir, Set<Output> outputs, Path merge, String password) {

	static final String USAGE = "usage: convert INPUT... [--out DIR] [--to xlsx,json,sqlite]"
			+ " [--merge combined.xlsx] [--password P]";

	enum Output {

		XLSX, JSON, SQLITE;

		String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Thrown for a command line that cannot be run; the message says why. */
	static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

	static ConvertOptions parse(String... args) {
		List<Path> inputs = new ArrayList<>();
		Path outDir = Path.of(".");
		Set<Output> outputs = EnumSet.allOf(Output.class);
		Path merge = null;
		String password = null;
		int start = (args.length > 0 && args[0].equals("convert")) ? 1 : 0;
		for (int i = start; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--out" -> outDir = Path.of(value(args, ++i, arg));
				case "--to" -> outputs = outputs(value(args, ++i, arg));
				case "--merge" -> merge = Path.of(value(args, ++i, arg));
				case "--password" -> password = value(args, ++i, arg);
				default -> {
					if (arg.startsWith("--")) {
						throw new UsageException("unknown option " + arg);
					}
					inputs.add(Path.of(arg));
				}
			}
		}
		if (inputs.isEmpty()) {
			throw new UsageException("no input files");
		}
		return new ConvertOptions(List.copyOf(inputs), outDir, outputs, merge, password);
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length || args[index].startsWith("--")) {
			throw new UsageException(option + " needs a value");
		}
		return args[index];
	}

	private static Set<Output> outputs(String list) {
		Set<Output> outputs = EnumSet.noneOf(Output.class);
		for (String name : list.split(",")) {
			try {
				outputs.add(Output.valueOf(name.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException("unknown output \"" + name.strip() + "\" (use xlsx, json, sqlite)");
			}
		}
		return outputs;
	}

}
