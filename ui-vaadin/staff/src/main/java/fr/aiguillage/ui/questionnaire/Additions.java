package fr.aiguillage.ui.questionnaire;

import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.questionnaire.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The département's own sections while they are edited, beside the national ones they follow.
 * Nothing reaches the service before "Enregistrer une nouvelle version", which sends {@link
 * #sections()} as they are: the service appends each of them, as a section of its own, after the
 * national base ({@code Questionnaires.compose}).
 */
final class Additions {
  private final List<Section> national;
  private final List<Section> saved;
  private final List<Section> sections;

  Additions(Questionnaire current) {
    this.national = current.sections().stream().filter(Section::national).toList();
    this.saved = current.sections().stream().filter(s -> !s.national()).toList();
    this.sections = new ArrayList<>(saved);
  }

  List<Section> national() {
    return national;
  }

  /** The département's sections as they would be saved. */
  List<Section> sections() {
    return List.copyOf(sections);
  }

  Section section(int index) {
    return sections.get(index);
  }

  boolean changed() {
    return !saved.equals(sections);
  }

  int questionCount() {
    return sections.stream().mapToInt(s -> s.questions().size()).sum();
  }

  /** Adds an empty section at the end and returns its place. */
  int addSection(String code, String title) {
    sections.add(new Section(code, title, false, List.of()));
    return sections.size() - 1;
  }

  void renameSection(int index, String code, String title) {
    Section s = sections.get(index);
    sections.set(index, new Section(code, title, false, s.questions()));
  }

  void removeSection(int index) {
    sections.remove(index);
  }

  /** Adds a question at the end of a section and returns its place there. */
  int addQuestion(int section, Question question) {
    List<Question> questions = new ArrayList<>(sections.get(section).questions());
    questions.add(question);
    replaceQuestions(section, questions);
    return questions.size() - 1;
  }

  void replaceQuestion(int section, int index, Question question) {
    List<Question> questions = new ArrayList<>(sections.get(section).questions());
    questions.set(index, question);
    replaceQuestions(section, questions);
  }

  void removeQuestion(int section, int index) {
    List<Question> questions = new ArrayList<>(sections.get(section).questions());
    questions.remove(index);
    replaceQuestions(section, questions);
  }

  /** Codes of every question, national or not, but {@code editing} (the one being changed). */
  Set<String> questionCodesBut(String editing) {
    Set<String> codes = new HashSet<>();
    all().flatMap(s -> s.questions().stream()).forEach(q -> codes.add(q.code()));
    codes.remove(editing);
    return codes;
  }

  /** Codes of every section, national or not, but {@code editing}. */
  Set<String> sectionCodesBut(String editing) {
    Set<String> codes = new HashSet<>();
    all().forEach(s -> codes.add(s.code()));
    codes.remove(editing);
    return codes;
  }

  /** What would make a poor version though the service accepts it: a section without question. */
  List<String> problems() {
    return sections.stream()
        .filter(s -> s.questions().isEmpty())
        .map(
            s ->
                "La section « "
                    + s.title()
                    + " » n'a aucune question : ajoutez-en une ou retirez la section.")
        .toList();
  }

  private Stream<Section> all() {
    return Stream.concat(national.stream(), sections.stream());
  }

  private void replaceQuestions(int section, List<Question> questions) {
    Section s = sections.get(section);
    sections.set(section, new Section(s.code(), s.title(), false, questions));
  }
}
