package fr.aiguillage.bench;

import fr.aiguillage.contract.ContractPdf;
import fr.aiguillage.contract.ContractSamples;
import fr.aiguillage.contract.RenderedContract;
import java.util.List;
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
 * The contract's accessible PDF on one core: the document to sign, and the signed one (the same
 * pages and the signature page), in documents per second and in sampled time per document (for the
 * p99). Input: the national contrat d'engagement, every field filled, six actions under three
 * objectives (three pages), signed by the referent in person and the person remotely.
 *
 * <p>./mvnw -B -q -pl infra/demo exec:exec@jmh -Djmh.include=ContractPdfBenchmark
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ContractPdfBenchmark {
  RenderedContract copy;
  ContractPdf.Header header;
  String documentSha256;
  List<ContractPdf.SignatureFacts> signatures;

  @Setup
  public void setUp() {
    copy = ContractSamples.national();
    header = ContractSamples.header(ContractSamples.PERSON_NAME);
    documentSha256 = RenderedContract.sha256(ContractPdf.document(copy, header));
    signatures = ContractSamples.signatures(ContractSamples.PERSON_NAME);
  }

  @Benchmark
  public byte[] document() {
    return ContractPdf.document(copy, header);
  }

  @Benchmark
  public byte[] signed() {
    return ContractPdf.signed(copy, header, documentSha256, signatures);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] documentTime() {
    return ContractPdf.document(copy, header);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] signedTime() {
    return ContractPdf.signed(copy, header, documentSha256, signatures);
  }
}
