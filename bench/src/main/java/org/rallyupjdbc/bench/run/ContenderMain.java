package org.rallyupjdbc.bench.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * The child JVM: sets one contender up, warms it up, then times {@code runs} runs, each with the
 * sandbox's request count reset before and read after, and this JVM's heap measured. Prints one
 * line, {@code RESULT <json>}, on standard output.
 */
public final class ContenderMain {
  /** Prefix of the result line the harness looks for. */
  public static final String RESULT = "RESULT ";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ContenderMain() {}

  /** {@code args[0]}: the {@link ChildTask} as JSON. */
  public static void main(String[] args) throws Exception {
    ChildTask task = JSON.readValue(args[0], ChildTask.class);
    HeapMeter heap = new HeapMeter();
    URI baseUrl = URI.create(task.baseUrl());
    try (ApiSession session =
            task.scenario().partner()
                ? ApiSession.logInPartner(baseUrl)
                : ApiSession.logIn(baseUrl);
        Contender contender = create(task, session)) {
      warmUp(contender, task.warmupSeconds());
      Recording recording = task.profileFile() == null ? null : startRecording();
      ChildResult result = measure(task, session, contender, heap);
      if (recording != null) {
        recording.dump(Path.of(task.profileFile()));
        recording.close();
      }
      System.out.println(RESULT + JSON.writeValueAsString(result));
    }
  }

  static Contender create(ChildTask task, ApiSession session) throws Exception {
    if (task.scenario().partner()) {
      return PartnerContenders.create(task, session);
    }
    String sql = task.scenario().sql(task.campaignId());
    return switch (task.contender()) {
      case DRIVER ->
          new DriverContender(task.baseUrl(), task.pageSize(), task.driverProperties(), sql);
      case PAGER ->
          new PagerContender(session, task.scenario(), task.campaignId(), task.pageSize());
      case SYNC -> new SyncThenQuery(session, task.scenario().tables(), sql, task.pageSize());
      case LIMIT ->
          new StreamingLimit(
              session,
              StreamingLimit.plan(task.scenario(), task.campaignId(), task.pageSize()),
              task.concurrency());
    };
  }

  private static void warmUp(Contender contender, double seconds) throws Exception {
    long until = System.nanoTime() + (long) (seconds * 1e9);
    while (seconds > 0) {
      contender.run();
      if (System.nanoTime() >= until) {
        return;
      }
    }
  }

  static ChildResult measure(
      ChildTask task, ApiSession session, Contender contender, HeapMeter heap) throws Exception {
    List<Double> millis = new ArrayList<>();
    List<Long> requests = new ArrayList<>();
    long rows = 0;
    long peak = 0;
    long live = -1;
    List<Double> clientCpu = new ArrayList<>();
    List<Double> serverCpu = new ArrayList<>();
    for (int run = 0; run < task.runs(); run++) {
      session.resetRequestCount();
      heap.start();
      double serverBefore = ProcessCpu.of(task.serverPid());
      double clientBefore = ProcessCpu.self();
      long started = System.nanoTime();
      rows = contender.run();
      millis.add((System.nanoTime() - started) / 1e6);
      clientCpu.add(ProcessCpu.self() - clientBefore);
      serverCpu.add(ProcessCpu.of(task.serverPid()) - serverBefore);
      peak = Math.max(peak, heap.peakBytes());
      requests.add(session.requestCount());
      // read after the request count: collectors report their work asynchronously
      live = Math.max(live, heap.liveBytes());
    }
    boolean measured =
        clientCpu.stream().noneMatch(x -> x.isNaN())
            && serverCpu.stream().noneMatch(x -> x.isNaN());
    return measured
        ? new ChildResult(millis, requests, rows, peak, live, clientCpu, serverCpu)
        : new ChildResult(millis, requests, rows, peak, live);
  }

  /** JFR's "profile" settings: execution samples every 10 ms, allocation samples. */
  private static Recording startRecording() throws Exception {
    Recording recording = new Recording(Configuration.getConfiguration("profile"));
    recording.start();
    return recording;
  }
}
