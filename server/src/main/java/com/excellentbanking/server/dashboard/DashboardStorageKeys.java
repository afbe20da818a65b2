package com.excellentbanking.server.dashboard;

import java.util.List;

import com.excellentbanking.server.storage.Bucket;
import com.excellentbanking.server.storage.StorageKey;

/** SPEC §5 storage keys of a dashboard's combined outputs. */
final class DashboardStorageKeys {

	private DashboardStorageKeys() {
	}

	static StorageKey merged(long dashboardId) {
		return new StorageKey(Bucket.EXCEL, prefix(dashboardId) + "/combined_merged.xlsx");
	}

	static StorageKey separate(long dashboardId) {
		return new StorageKey(Bucket.EXCEL, prefix(dashboardId) + "/combined_separate.xlsx");
	}

	static StorageKey json(long dashboardId) {
		return new StorageKey(Bucket.JSON, prefix(dashboardId) + "/combined.json");
	}

	static StorageKey sqlite(long dashboardId) {
		return new StorageKey(Bucket.SQLITE, prefix(dashboardId) + "/combined.sqlite");
	}

	static List<StorageKey> all(long dashboardId) {
		return List.of(merged(dashboardId), separate(dashboardId), json(dashboardId), sqlite(dashboardId));
	}

	private static String prefix(long dashboardId) {
		return "dashboard_id=" + dashboardId;
	}

}
