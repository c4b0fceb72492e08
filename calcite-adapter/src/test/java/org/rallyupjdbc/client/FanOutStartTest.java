package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * How many per-key listings a fan-out has in flight before the first is delivered: one when few
 * rows may be wanted, {@code maxConcurrentRequests} (4 by default) when all are.
 */
class FanOutStartTest {
  private static int startedBeforeTheFirstIsDelivered(FanOutStart start) throws Exception {
    AtomicInteger started = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try (FakeRallyUp fake = new FakeRallyUp();
        RallyUpClient client = new RallyUpClient(fake.loginConfig());
        RecordCursor<String> rows =
            client.openPerKey(
                keys(List.of("1", "2", "3", "4", "5", "6")),
                key -> {
                  started.incrementAndGet();
                  await(release);
                  return keys(List.of(key));
                },
                CallScope.NONE,
                start)) {
      Future<Boolean> first = reader.submit(rows::hasNext);
      // give the pool time to start whatever the window allows
      long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
      while (System.nanoTime() < until && started.get() < 4) {
        Thread.sleep(5);
      }
      Thread.sleep(50);
      int inFlight = started.get();
      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
      return inFlight;
    } finally {
      release.countDown();
      reader.shutdownNow();
    }
  }

  @Test
  void aLimitedFanOutStartsWithOneListing() throws Exception {
    assertThat(startedBeforeTheFirstIsDelivered(FanOutStart.ONE)).isEqualTo(1);
  }

  @Test
  void aFullFanOutStartsMaxConcurrentRequestsListings() throws Exception {
    assertThat(startedBeforeTheFirstIsDelivered(FanOutStart.ALL)).isEqualTo(4);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static RecordCursor<String> keys(List<String> values) {
    Iterator<String> it = values.iterator();
    return new RecordCursor<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public String next() {
        return it.next();
      }

      @Override
      public void close() {}
    };
  }
}
