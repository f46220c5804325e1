package fr.aiguillage.bench;

import fr.aiguillage.criteria.CompiledRuleSet;
import fr.aiguillage.criteria.CriteriaCompiler;
import fr.aiguillage.criteria.NationalCriteria;
import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.vocabulary.Pathway;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * Proposals per second on one core: the national rule set through the CEL engine, next to the same
 * rules written by hand as a Java if chain. Inputs: 4,096 random diagnostics, cycled.
 *
 * <p>./mvnw -B -q -pl infra/demo exec:exec@jmh
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class CriteriaBenchmark {
  static final List<String> BARRIERS = NationalQuestionnaire.barrierCodes();
  static final String[] LEVELS = {
    "NONE", "NONE", "NONE", "NONE", "NONE", "NONE", "MEDIUM", "STRONG"
  };

  CompiledRuleSet engine;
  Map<String, Object>[] answers;
  int[] ages;
  int i;

  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() {
    engine =
        CriteriaCompiler.compile(
            NationalCriteria.VERSION, NationalCriteria.rules(), NationalQuestionnaire.base());
    Random r = new Random(42);
    answers = new Map[4096];
    ages = new int[answers.length];
    for (int k = 0; k < answers.length; k++) {
      Map<String, Object> a = new HashMap<>();
      a.put("activity_now", r.nextInt(5) == 0);
      a.put("activity_last_24_months", r.nextBoolean());
      a.put("can_picture_job", r.nextInt(3) > 0);
      a.put("qualified", r.nextBoolean());
      a.put("rqth", r.nextInt(12) == 0);
      a.put("oeth", false);
      for (String b : BARRIERS) {
        a.put(b, LEVELS[r.nextInt(LEVELS.length)]);
      }
      answers[k] = a;
      ages[k] = 18 + r.nextInt(45);
    }
  }

  @Benchmark
  public Object celEngine() {
    int k = i++ & (answers.length - 1);
    return engine.evaluate(answers[k], ages[k]);
  }

  @Benchmark
  public Object handWrittenIfChain() {
    int k = i++ & (answers.length - 1);
    return ifChain(answers[k], ages[k]);
  }

  /** The national rules, by hand (same order, same result). */
  static Pathway ifChain(Map<String, Object> a, int age) {
    boolean now = (Boolean) a.get("activity_now");
    boolean recent = (Boolean) a.get("activity_last_24_months");
    boolean picture = (Boolean) a.get("can_picture_job");
    int strong = 0;
    int medium = 0;
    for (String b : BARRIERS) {
      Object level = a.get(b);
      if ("STRONG".equals(level)) {
        strong++;
      } else if ("MEDIUM".equals(level)) {
        medium++;
      }
    }
    boolean close = now || recent || picture;
    if (!now && !recent && (strong > 0 || !picture)) {
      return Pathway.SOCIAL;
    }
    if (strong > 0 || medium > 0) {
      return Pathway.SOCIO_PROFESSIONAL;
    }
    if (age < 26 && close) {
      return Pathway.PROFESSIONAL;
    }
    if (((Boolean) a.get("rqth") || (Boolean) a.get("oeth")) && close) {
      return Pathway.PROFESSIONAL;
    }
    if (close) {
      return Pathway.PROFESSIONAL;
    }
    return Pathway.SOCIO_PROFESSIONAL;
  }
}
