package fr.aiguillage.bench;

import fr.aiguillage.intake.IntakeBench;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Java side of an import, one core: reading a CSV row and checking it with the platform's rules
 * (dates, NIR key, commune, postal code), NIR encrypted and hashed.
 *
 * <p>./mvnw -B -q -pl infra/demo exec:exec@jmh -Djmh.include=RowCheckBenchmark
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class RowCheckBenchmark {
  private IntakeBench bench;

  @Setup
  public void setUp() {
    bench = new IntakeBench(10_000);
  }

  /** Rows read and checked per second. */
  @Benchmark
  public int rows() {
    return bench.readAll() / 10_000;
  }
}
