package org.rallyupjdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Command-line options, their defaults and validation, and the launcher's output. */
class OptionsTest {

  @Test
  void defaults() {
    SandboxOptions o = SandboxOptions.defaults();
    assertThat(o)
        .isEqualTo(
            new SandboxOptions(
                0,
                7,
                1,
                0,
                0,
                0,
                604_799,
                false,
                false,
                false,
                null,
                "v2",
                false,
                "pageIndex",
                "pageSize",
                1_000));
    assertThat(SandboxOptions.parse()).isEqualTo(o);
  }

  @Test
  void everyOptionParses() {
    SandboxOptions o =
        SandboxOptions.parse(
            "--port",
            "8080",
            "--seed",
            "42",
            "--scale",
            "3",
            "--latency-ms",
            "25",
            "--fail-rate",
            "0.1",
            "--rate-limit",
            "2.5",
            "--token-ttl-seconds",
            "60",
            "--drift",
            "--ignore-paging",
            "--ignore-list-filters",
            "--static-token",
            "tok",
            "--org-prefix",
            "v1",
            "--jentic-paths",
            "--page-index-param",
            "page",
            "--page-size-param=limit",
            "--max-page-size",
            "250");
    assertThat(o)
        .isEqualTo(
            new SandboxOptions(
                8080, 42, 3, 25, 0.1, 2.5, 60, true, true, true, "tok", "v1", true, "page", "limit",
                250));
  }

  @Test
  void withMethodsChangeOneOption() {
    SandboxOptions d = SandboxOptions.defaults();
    assertThat(d.withPort(1).port()).isEqualTo(1);
    assertThat(d.withSeed(9).seed()).isEqualTo(9);
    assertThat(d.withScale(2).scale()).isEqualTo(2);
    assertThat(d.withLatencyMs(5).latencyMs()).isEqualTo(5);
    assertThat(d.withFailRate(0.5).failRate()).isEqualTo(0.5);
    assertThat(d.withRateLimit(3).rateLimit()).isEqualTo(3);
    assertThat(d.withTokenTtlSeconds(10).tokenTtlSeconds()).isEqualTo(10);
    assertThat(d.withDrift(true).drift()).isTrue();
    assertThat(d.withIgnorePaging(true).ignorePaging()).isTrue();
    assertThat(d.withIgnoreListFilters(true).ignoreListFilters()).isTrue();
    assertThat(d.withIgnoreListFilters(true).withIgnoreListFilters(false)).isEqualTo(d);
    assertThat(d.withStaticToken("x").staticToken()).isEqualTo("x");
    assertThat(d.withOrgPrefix("v1").orgPrefix()).isEqualTo("v1");
    assertThat(d.withJenticPaths(true).jenticPaths()).isTrue();
    assertThat(d.withPageIndexParam("p").pageIndexParam()).isEqualTo("p");
    assertThat(d.withMaxPageSize(250).maxPageSize()).isEqualTo(250);
    assertThat(d.withPageSizeParam("s").pageSizeParam()).isEqualTo("s");
    assertThat(d.withSeed(9).withSeed(7)).isEqualTo(d);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--bogus | unknown option: --bogus",
        "--port | --port needs a value",
        "--port abc | --port: not an integer: abc",
        "--port 70000 | --port must be 0..65535",
        "--scale 0 | --scale must be 1..100",
        "--scale 101 | --scale must be 1..100",
        "--fail-rate 1.5 | --fail-rate must be 0..1",
        "--fail-rate NaN | --fail-rate: not a number: NaN",
        "--rate-limit -1 | --rate-limit must be >= 0",
        "--token-ttl-seconds 0 | --token-ttl-seconds must be >= 1",
        "--org-prefix v3 | --org-prefix must be v1 or v2",
        "--drift=yes | --drift takes no value",
        "--ignore-list-filters=true | --ignore-list-filters takes no value",
        "--page-index-param pageSize | page index and size parameters must differ",
        "--latency-ms -5 | --latency-ms must be 0..600000"
      })
  void badOptionsAreRejectedWithAMessage(String line, String message) {
    assertThatThrownBy(() -> SandboxOptions.parse(line.split(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void ignoreListFiltersIsAFlagOffByDefault() {
    assertThat(SandboxOptions.defaults().ignoreListFilters()).isFalse();
    SandboxOptions parsed = SandboxOptions.parse("--ignore-list-filters");
    assertThat(parsed).isEqualTo(SandboxOptions.defaults().withIgnoreListFilters(true));
    assertThat(SandboxOptions.parse("--drift", "--ignore-list-filters", "--seed", "3"))
        .isEqualTo(
            SandboxOptions.defaults().withDrift(true).withIgnoreListFilters(true).withSeed(3));
    assertThat(OptionsParser.USAGE).contains("--ignore-list-filters");
  }

  @Test
  void messagesSayWhatIsWrong() {
    assertThatThrownBy(() -> SandboxOptions.parse("--static-token", " "))
        .hasMessage("--static-token must not be blank");
    assertThatThrownBy(() -> SandboxOptions.parse("--page-size-param="))
        .hasMessage("--page-size-param is blank");
  }

  @Test
  void launchPrintsTheUrlFirst() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Sandbox sandbox =
        SandboxMain.launch(
            new String[] {"--port", "0"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))) {
      String first = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
      assertThat(first).isEqualTo("listening on http://127.0.0.1:" + sandbox.port());
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("generated the data in");
    }
  }

  @Test
  void mainExitsWith2OnBadOptionsAndServesOtherwise() throws IOException, InterruptedException {
    Process bad = java("--scale", "zero");
    assertThat(bad.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(bad.exitValue()).isEqualTo(2);
    String err = new String(bad.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(err).contains("--scale: not an integer: zero").contains("usage:");
    Process good = java("--port", "0", "--seed", "3");
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(good.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).matches("listening on http://127\\.0\\.0\\.1:\\d+");
    } finally {
      good.destroy();
      good.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static Process java(String... args) throws IOException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command =
        new ArrayList<>(
            List.of(
                java, "-cp", System.getProperty("java.class.path"), SandboxMain.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }
}
