package com.excellentbanking.benchmarks.combine;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Measures heap while a piece of work runs: the peak heap used (sum of the heap pools'
 * peaks, an upper bound of what was ever allocated and not yet collected) and the peak
 * live heap (the largest heap left after any collection, which is what must not grow with
 * the data).
 */
final class HeapWatch implements AutoCloseable {

	private final AtomicLong maxAfterGc = new AtomicLong();

	private final AtomicLong maxLiveSampled = new AtomicLong();

	private final NotificationListener listener = (notification, handback) -> {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long used = 0;
			for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
				if (isHeap(pool.getKey())) {
					used += pool.getValue().getUsed();
				}
			}
			this.maxAfterGc.accumulateAndGet(used, Math::max);
			if (info.getGcAction().contains("major")) {
				this.maxLiveSampled.accumulateAndGet(used, Math::max);
			}
		}
	};

	private final Thread sampler;

	/**
	 * With {@code sampleLive}, a background thread forces a full collection once a second
	 * and records the heap left: the true live set, at the cost of a slower run.
	 */
	HeapWatch(boolean sampleLive) {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).addNotificationListener(this.listener, null, null);
		}
		this.sampler = sampleLive ? startSampler() : null;
	}

	private Thread startSampler() {
		Thread thread = new Thread(() -> {
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			while (!Thread.currentThread().isInterrupted()) {
				memory.gc();
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "live-heap-sampler");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	/** The largest heap left by a full collection (forced by the sampler or not). */
	long peakLiveSampled() {
		return this.maxLiveSampled.get();
	}

	long peakUsed() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	long peakLiveAfterGc() {
		return this.maxAfterGc.get();
	}

	long collections() {
		long count = 0;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, gc.getCollectionCount());
		}
		return count;
	}

	@Override
	public void close() {
		if (this.sampler != null) {
			this.sampler.interrupt();
		}
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			try {
				((NotificationEmitter) gc).removeNotificationListener(this.listener);
			}
			catch (javax.management.ListenerNotFoundException ex) {
				// never added: nothing to remove
			}
		}
	}

	private static boolean isHeap(String poolName) {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getName().equals(poolName)) {
				return pool.getType() == MemoryType.HEAP;
			}
		}
		return false;
	}

}
