package org.rallyupjdbc.bench.run;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap use of this JVM during one run. {@link #start} collects garbage and resets the pools' peaks;
 * {@link #peakBytes} is then the sum of the heap pools' peaks (an upper bound: it includes garbage
 * not yet collected, so it follows the collector's sizing) and {@link #liveBytes} the most heap any
 * collection during the run left in use (what the run really held).
 */
public final class HeapMeter {
  private final List<MemoryPoolMXBean> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .toList();
  private final AtomicLong liveBytes = new AtomicLong(-1);

  /** Listens to every collector's notifications from now on. */
  public HeapMeter() {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector).addNotificationListener(this::collected, null, null);
    }
  }

  private void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
      used += after == null ? 0 : after.getUsed();
    }
    liveBytes.accumulateAndGet(used, Math::max);
  }

  /** Collects garbage, then starts measuring afresh. */
  public void start() {
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    liveBytes.set(-1);
  }

  /** The sum of the heap pools' peak use since {@link #start}. */
  public long peakBytes() {
    return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }

  /** The most heap a collection since {@link #start} left in use, or -1 if none ran. */
  public long liveBytes() {
    return liveBytes.get();
  }
}
