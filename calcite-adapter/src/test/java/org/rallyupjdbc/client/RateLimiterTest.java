package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Pacing per credential: none until a 429 or a ceiling, halving on 429, recovering gradually. */
class RateLimiterTest {
  private static final long MS = 1_000_000L;

  /** A clock that moves only when the limiter sleeps, recording each sleep. */
  private static final class ManualClock implements RetryInterceptor.Sleeper {
    long now = 1_000 * MS;
    final List<Long> sleeps = new ArrayList<>();

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleep(long nanos, BooleanSupplier cancelled) {
      sleeps.add(nanos / MS);
      now += nanos;
    }
  }

  private final ManualClock clock = new ManualClock();

  @Test
  void requestsAreNotPacedUntilTheFirst429() throws InterruptedIOException {
    RateLimiter limiter = new RateLimiter(0, clock);
    for (int i = 0; i < 50; i++) {
      assertThat(limiter.acquire(() -> false)).isZero();
    }
    assertThat(limiter.rate()).isInfinite();
    assertThat(clock.sleeps).isEmpty();
  }

  @Test
  void aCeilingSpacesRequestsEvenly() throws InterruptedIOException {
    RateLimiter limiter = new RateLimiter(10, clock);
    limiter.acquire(() -> false);
    limiter.acquire(() -> false);
    limiter.acquire(() -> false);
    assertThat(clock.sleeps).containsExactly(100L, 100L);
  }

  @Test
  void a429HalvesTheRateSeenInTheLastSecondAndEachFurther429HalvesAgain()
      throws InterruptedIOException {
    RateLimiter limiter = new RateLimiter(0, clock);
    for (int i = 0; i < 8; i++) {
      limiter.acquire(() -> false);
    }
    limiter.onRateLimited();
    assertThat(limiter.rate()).isEqualTo(4.0);
    limiter.onRateLimited();
    assertThat(limiter.rate()).isEqualTo(2.0);
    for (int i = 0; i < 10; i++) {
      limiter.onRateLimited();
    }
    assertThat(limiter.rate()).isEqualTo(RateLimiter.MIN_RATE);
  }

  @Test
  void successesRaiseTheRateByAboutOnePerSecondEverySecondUpToTheCeiling() {
    RateLimiter limiter = new RateLimiter(6, clock);
    limiter.onRateLimited();
    assertThat(limiter.rate()).isEqualTo(3.0);
    for (int i = 0; i < 3; i++) {
      limiter.onSuccess();
    }
    assertThat(limiter.rate()).isBetween(3.9, 4.0);
    for (int i = 0; i < 100; i++) {
      limiter.onSuccess();
    }
    assertThat(limiter.rate()).isEqualTo(6.0);
  }

  @Test
  void withoutACeilingARecoveredRateStopsPacing() {
    RateLimiter limiter = new RateLimiter(0, clock);
    limiter.onRateLimited();
    for (int i = 0; i < 20_000 && Double.isFinite(limiter.rate()); i++) {
      limiter.onSuccess();
    }
    assertThat(limiter.rate()).isInfinite();
  }

  @Test
  void oneLimiterPerCredentialAndBaseUrlWithTheLowestCeiling() {
    HttpUrl url = HttpUrl.get("https://go.rallyup.com/");
    Credentials demo = new Credentials(Api.ORGANIZATION, Optional.of("demo"), Secret.of("s1"));
    Credentials other = new Credentials(Api.ORGANIZATION, Optional.of("other"), Secret.of("s1"));
    RateLimiter first = RateLimiter.shared(url, demo, 20, clock);
    RateLimiter again = RateLimiter.shared(url, demo, 5, clock);
    assertThat(again).isSameAs(first);
    assertThat(first.rate()).isEqualTo(5.0);
    assertThat(RateLimiter.shared(url, other, 0, clock)).isNotSameAs(first);
    assertThat(RateLimiter.shared(HttpUrl.get("https://example.org/"), demo, 0, clock))
        .isNotSameAs(first);
  }
}
