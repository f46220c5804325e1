package fr.aiguillage.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.shared.InvalidInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectoryFileReaderTest {
  @Test
  void readsCsvFromExcelInWindows1252WithSemicolons() {
    byte[] file =
        "nom;typologie;code_insee\nÉpicerie solidaire;ASSO;08190\n"
            .getBytes(Charset.forName("windows-1252"));
    DirectoryFileReader.Table t = DirectoryFileReader.read(file);
    assertThat(t.columns()).containsExactly("nom", "typologie", "code_insee");
    assertThat(t.rows())
        .singleElement()
        .satisfies(r -> assertThat(r).containsEntry("nom", "Épicerie solidaire"));
  }

  @Test
  void readsUtf8WithBomAndCommasAndShortRows() {
    byte[] file = "\uFEFF\"nom\",typologie,code_insee\nA,ASSO\n".getBytes(StandardCharsets.UTF_8);
    DirectoryFileReader.Table t = DirectoryFileReader.read(file);
    assertThat(t.columns()).containsExactly("nom", "typologie", "code_insee");
    assertThat(t.rows().get(0))
        .containsEntry("typologie", "ASSO")
        .containsEntry("code_insee", null);
  }

  @Test
  void readsJsonArraysJoiningLists() {
    DirectoryFileReader.Table t =
        DirectoryFileReader.read(
            "[{\"nom\": \"A\", \"parcours\": [\"social\", \"global\"], \"capacite\": 12}]"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(t.rows())
        .containsExactly(Map.of("nom", "A", "parcours", "social,global", "capacite", "12"));
    assertThat(t.columns()).isEqualTo(List.of("nom", "parcours", "capacite"));
  }

  @Test
  void refusesEmptyAndBrokenFilesWithAFrenchMessage() {
    assertThatThrownBy(() -> DirectoryFileReader.read(new byte[0]))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("vide");
    assertThatThrownBy(
            () -> DirectoryFileReader.read("[{\"nom\": }]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors().get(0).message())
                    .startsWith("JSON illisible ligne 1"));
  }
}
