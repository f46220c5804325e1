package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.tenancy.BackgroundRequest;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.Tenant;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.tenancy.TenantRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The poller imports each ready file as the technical caller of the folder's département, and
 * leaves a folder named after no département alone.
 */
class DropPollerTest {
  static final Instant NOW = Instant.parse("2026-12-06T21:50:01Z");

  @TempDir Path root;

  record Imported(String name, ImportOrigin origin, Caller as) {}

  /** Imports nothing: records who asked, and refuses files named "refus…". */
  static final class RecordingJob extends ImportJob {
    final List<Imported> imported = new ArrayList<>();

    @Override
    public ImportRunDetails importFile(Path file, String fileName, ImportOrigin origin) {
      imported.add(new Imported(fileName, origin, caller.get()));
      boolean refused = fileName.startsWith("refus");
      return new ImportRunDetails(
          UUID.randomUUID(),
          "CSV",
          origin,
          fileName,
          refused ? ImportRun.Status.FAILED : ImportRun.Status.DONE,
          NOW,
          caller.get().username(),
          NOW,
          0,
          0,
          0,
          0,
          0,
          refused ? "Le fichier est vide." : null,
          null,
          null,
          0,
          0);
    }
  }

  DropPoller poller(RecordingJob job) {
    DropPoller p = new DropPoller();
    p.tenants =
        new TenantRepository() {
          @Override
          public List<Tenant> findAll() {
            return List.of(
                new Tenant(TenantCode.of("08"), "Ardennes", NOW),
                new Tenant(TenantCode.of("59"), "Nord", NOW));
          }
        };
    p.background = new BackgroundRequest();
    p.caller = new CurrentCaller();
    job.caller = p.caller;
    p.job = job;
    p.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    p.dropDir = Optional.of(root.toString());
    return p;
  }

  @Test
  void aReadyFileIsImportedAsTheFoldersDepartementAndMovedOut() throws IOException {
    RecordingJob job = new RecordingJob();
    DropPoller p = poller(job);
    assertThat(p.poll()).as("the folders are made on the first look").isZero();
    assertThat(root.resolve("59/refuses")).isDirectory();
    Files.writeString(root.resolve("59/liste.csv"), "Nom;Prénom\n");
    Files.writeString(root.resolve("08/refus.csv"), "\n");
    Files.createDirectories(root.resolve("99"));
    Files.writeString(root.resolve("99/liste.csv"), "Nom;Prénom\n");

    assertThat(p.poll()).as("first seen: left for the next look").isZero();
    assertThat(p.poll()).isEqualTo(2);

    assertThat(job.imported)
        .extracting(Imported::name, Imported::origin, i -> i.as().tenant().orElseThrow().value())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("liste.csv", ImportOrigin.DROP, "59"),
            org.assertj.core.groups.Tuple.tuple("refus.csv", ImportOrigin.DROP, "08"));
    assertThat(job.imported)
        .allSatisfy(
            i -> {
              assertThat(i.as().username()).isEqualTo("depot-automatique");
              assertThat(i.as().roles()).containsExactly(Roles.FLOW_SENDER);
            });
    assertThat(files(root.resolve("59/traites"))).containsExactly("20261206T215001Z_liste.csv");
    assertThat(files(root.resolve("08/refuses")))
        .containsExactlyInAnyOrder(
            "20261206T215001Z_refus.csv", "20261206T215001Z_refus.csv.erreur.txt");
    assertThat(root.resolve("08/refuses/20261206T215001Z_refus.csv.erreur.txt"))
        .content()
        .contains("Le fichier est vide.");
    assertThat(root.resolve("99/liste.csv")).as("no département 99: left alone").exists();
    assertThat(p.poll()).isZero();
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(f -> f.getFileName().toString()).toList();
    }
  }
}
