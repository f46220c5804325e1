package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watched folder takes only regular files that stopped changing, never through a link, and a
 * file is claimed once however many servers race for it.
 */
class DropFolderTest {
  @TempDir Path root;

  @Test
  void theLayoutIsMadeOnceAndALinkInPlaceOfAFolderIsRefused() throws IOException {
    DropFolder f = DropFolder.prepare(root, "08");
    assertThat(f.dir().resolve("en-cours")).isDirectory();
    assertThat(f.dir().resolve("traites")).isDirectory();
    assertThat(f.dir().resolve("refuses")).isDirectory();
    DropFolder.prepare(root, "08");

    Path elsewhere = Files.createDirectories(root.resolve("ailleurs"));
    Files.createSymbolicLink(root.resolve("59"), elsewhere);
    assertThatThrownBy(() -> DropFolder.prepare(root, "59"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> DropFolder.prepare(root, ".."))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFileIsReadyOnlyOnceItsSizeAndTimeHaveNotChangedBetweenTwoLooks() throws IOException {
    DropFolder f = DropFolder.prepare(root, "08");
    Path file = Files.writeString(f.dir().resolve("liste.csv"), "Nom;Prénom\n");
    assertThat(f.ready()).as("seen for the first time").isEmpty();
    assertThat(f.ready()).containsExactly(file);

    Files.writeString(file, "Nom;Prénom\nDupont;Jean\n");
    assertThat(f.ready()).as("grown since the previous look").isEmpty();
    assertThat(f.ready()).containsExactly(file);

    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    assertThat(f.ready()).as("touched since the previous look").isEmpty();
    assertThat(f.ready()).containsExactly(file);
  }

  @Test
  void hiddenPartialAndTemporaryFilesFoldersAndLinksAreLeftAlone() throws IOException {
    DropFolder f = DropFolder.prepare(root, "08");
    for (String name : List.of(".cache", "liste.csv.part", "liste.csv.PART", "liste.tmp")) {
      Files.writeString(f.dir().resolve(name), "x");
    }
    Files.createDirectories(f.dir().resolve("dossier.csv"));
    Path secret = Files.writeString(root.resolve("secret.csv"), "Nom;Prénom\n");
    Path link = Files.createSymbolicLink(f.dir().resolve("lien.csv"), secret);
    Path real = Files.writeString(f.dir().resolve("vraie.csv"), "Nom;Prénom\n");

    f.ready();
    assertThat(f.ready()).containsExactly(real);
    assertThat(f.claim(link)).as("a link is never claimed").isEmpty();
    assertThat(link).exists();
    assertThat(DropFolder.ignored(".x")).isTrue();
    assertThat(DropFolder.ignored("a.tmp")).isTrue();
    assertThat(DropFolder.ignored("a\nb.csv")).isTrue();
    assertThat(DropFolder.ignored("flux.xml")).isFalse();
  }

  @Test
  void aClaimedFileEndsInTraitesOrInRefusesWithWhy() throws IOException {
    DropFolder f = DropFolder.prepare(root, "08");
    Path file = Files.writeString(f.dir().resolve("liste.csv"), "Nom\n");
    DropFolder.Claimed claimed = f.claim(file).orElseThrow();
    assertThat(file).doesNotExist();
    assertThat(claimed.path().getParent()).isEqualTo(f.dir().resolve("en-cours"));
    assertThat(claimed.name()).isEqualTo("liste.csv");

    Path done = f.done(claimed, Instant.parse("2026-12-06T21:50:01Z"));
    assertThat(done).isEqualTo(f.dir().resolve("traites/20261206T215001Z_liste.csv"));
    assertThat(files(f.dir().resolve("en-cours"))).isEmpty();

    Path again = Files.writeString(f.dir().resolve("liste.csv"), "Nom\n");
    Path refused =
        f.refuse(
            f.claim(again).orElseThrow(), Instant.parse("2026-12-06T21:50:01Z"), "Trop court.");
    assertThat(refused.getParent()).isEqualTo(f.dir().resolve("refuses"));
    assertThat(refused.resolveSibling(refused.getFileName() + ".erreur.txt"))
        .content()
        .contains("liste.csv", "Trop court.");

    Path third = Files.writeString(f.dir().resolve("liste.csv"), "Nom\n");
    Path sameSecond = f.done(f.claim(third).orElseThrow(), Instant.parse("2026-12-06T21:50:01Z"));
    assertThat(sameSecond).isNotEqualTo(done).exists();
    assertThat(done).exists();
  }

  @Test
  void twoClaimersRacingForOneFileNeverBothWin() throws Exception {
    DropFolder one = DropFolder.prepare(root, "08");
    DropFolder other = DropFolder.prepare(root, "08");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 50; round++) {
        Path file = Files.writeString(one.dir().resolve("liste-" + round + ".csv"), "Nom\n");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<DropFolder.Claimed>>> claims = new ArrayList<>();
        for (DropFolder claimer : List.of(one, other)) {
          Callable<Optional<DropFolder.Claimed>> claim =
              () -> {
                start.await();
                return claimer.claim(file);
              };
          claims.add(pool.submit(claim));
        }
        start.countDown();
        long won = 0;
        for (Future<Optional<DropFolder.Claimed>> c : claims) {
          won += c.get().isPresent() ? 1 : 0;
        }
        assertThat(won).as("round " + round).isEqualTo(1);
      }
      assertThat(files(one.dir().resolve("en-cours"))).hasSize(50);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
