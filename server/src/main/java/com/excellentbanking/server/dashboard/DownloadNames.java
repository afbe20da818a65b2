package com.excellentbanking.server.dashboard;

import com.excellentbanking.server.dashboard.DashboardBuilds.OutputKind;

/** File names for downloads, from the dashboard's name: {@code Q1 2026 (merged).xlsx}. */
final class DownloadNames {

	private DownloadNames() {
	}

	static String of(String dashboardName, OutputKind kind) {
		String base = dashboardName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		if (base.isEmpty()) {
			base = "dashboard";
		}
		String suffix = (kind.suffix() != null) ? " (" + kind.suffix() + ")" : "";
		return base + suffix + "." + kind.extension();
	}

}
