package org.rallyupjdbc.bench.soak;

import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.rallyupjdbc.bench.MachineInfo;

/**
 * {@code bin/soak}: runs the soak (see {@link SoakRun}), prints the report and writes it to {@code
 * --out}; exit status 1 when the run failed, 2 for bad options.
 */
public final class SoakMain {
  private SoakMain() {}

  public static void main(String[] args) throws Exception {
    if (List.of(args).contains("--help")) {
      System.out.print(SoakOptions.USAGE);
      return;
    }
    SoakOptions options;
    try {
      options = SoakOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("soak: " + e.getMessage() + "\n" + SoakOptions.USAGE);
      System.exit(2);
      return;
    }
    String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    SoakOutcome outcome = SoakRun.run(options, System.out);
    String report = SoakReport.render(outcome, MachineInfo.machine(), date);
    System.out.println();
    System.out.print(report);
    if (options.out() != null) {
      Files.writeString(options.out(), report);
      System.err.println("soak: wrote " + options.out());
    }
    System.exit(outcome.passed() ? 0 : 1);
  }
}
