package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code Retry-After} values as a server or proxy may send them: {@link
 * RetryInterceptor#retryAfter} never throws, and a wait it understands is between zero and about 31
 * years (so that it fits a long of nanoseconds).
 */
class RetryAfterFuzzTest {
  private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
  private static final Duration LONGEST = Duration.ofSeconds(999_999_999L);

  @FuzzTest(maxDuration = "30s")
  void retryAfter(byte[] input) {
    String value = new String(input, StandardCharsets.ISO_8859_1);
    Optional<Duration> wait = RetryInterceptor.retryAfter(value, NOW);
    wait.ifPresent(
        w -> {
          assertThat(w).isBetween(Duration.ZERO, LONGEST);
          assertThat(w.toNanos()).isNotNegative();
        });
  }
}
