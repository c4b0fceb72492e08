package org.rallyupjdbc.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;

/**
 * Where a connection's requests go besides RallyUp: nowhere (live), also into a recording ({@code
 * recordTo}), or nowhere but a recording, answered from it with no network ({@code
 * baseUrl=replay:<dir>}). See docs/real-api.md.
 */
public final class Traffic {
  /** The base URL of a replayed connection; nothing is ever sent there. */
  public static final HttpUrl REPLAY_BASE_URL = HttpUrl.get("http://replay.invalid/");

  private static final Traffic LIVE = new Traffic(null, null);

  private final Path recordTo;
  private final Replayer replay;

  private Traffic(Path recordTo, Replayer replay) {
    this.recordTo = recordTo;
    this.replay = replay;
  }

  /** Requests go to RallyUp only. */
  public static Traffic live() {
    return LIVE;
  }

  /**
   * Requests go to RallyUp and, redacted, into a new recording in {@code dir} (created if missing).
   *
   * @throws IOException when the directory cannot be made a recording or already is one
   */
  public static Traffic recordTo(Path dir) throws IOException {
    Recorder.prepare(dir);
    return new Traffic(dir, null);
  }

  /**
   * Requests are answered from the recording in {@code dir}, read now.
   *
   * @throws IOException when {@code dir} is not a readable recording
   */
  public static Traffic replayFrom(Path dir) throws IOException {
    return new Traffic(null, Replayer.load(dir));
  }

  /** Whether requests are answered from a recording. */
  public boolean isReplay() {
    return replay != null;
  }

  /** The innermost interceptor of the connection's HTTP clients, shared by all of them. */
  Optional<Interceptor> interceptor(Secret secret) {
    if (replay != null) {
      return Optional.of(replay);
    }
    return recordTo == null ? Optional.empty() : Optional.of(new Recorder(recordTo, secret));
  }

  @Override
  public String toString() {
    return replay != null ? "replay" : recordTo != null ? "recordTo " + recordTo : "live";
  }
}
