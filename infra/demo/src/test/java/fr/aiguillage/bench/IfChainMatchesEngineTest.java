package fr.aiguillage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark compares like with like: the if chain proposes what the engine proposes. */
class IfChainMatchesEngineTest {
  @Test
  void sameProposalsOnTheBenchmarkInputs() {
    CriteriaBenchmark b = new CriteriaBenchmark();
    b.setUp();
    for (int k = 0; k < b.answers.length; k++) {
      assertThat(CriteriaBenchmark.ifChain(b.answers[k], b.ages[k]))
          .as("input %d", k)
          .isEqualTo(b.engine.evaluate(b.answers[k], b.ages[k]).pathway());
    }
  }
}
