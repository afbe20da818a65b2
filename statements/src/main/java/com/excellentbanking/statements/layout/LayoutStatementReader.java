package com.excellentbanking.statements.layout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.excellentbanking.statements.model.Statement;

/**
 * Reads bank statements from positioned words, whatever the bank's layout: the shared
 * back end of PDF text extraction and OCR.
 *
 * <p>
 * Words become lines; page furniture is set aside; transaction tables are found from
 * their title rows (or, when none is printed, from how amounts line up) and read into one
 * statement per account section. Nothing here reads files: it is pure rules over words.
 */
public final class LayoutStatementReader {

	private final Clock clock;

	public LayoutStatementReader(Clock clock) {
		this.clock = clock;
	}

	public LayoutStatementReader() {
		this(Clock.systemUTC());
	}

	public LayoutResult read(List<Page> pages) {
		Map<Integer, List<Line>> linesByPage = new LinkedHashMap<>();
		List<Line> all = new ArrayList<>();
		for (Page page : pages) {
			List<Line> lines = LineBuilder.build(page.words());
			linesByPage.put(page.number(), lines);
			all.addAll(lines);
		}
		Set<Line> furniture = Furniture.find(pages, linesByPage);
		TableReader reader = new TableReader(all, furniture);
		List<Section> sections = reader.read();
		List<String> warnings = new ArrayList<>(reader.warnings());
		if (sections.stream().noneMatch(Section::hasTransactions)) {
			List<Line> content = all.stream().filter((l) -> !furniture.contains(l)).toList();
			Optional<TableHeader> inferred = ColumnInference.infer(content);
			if (inferred.isPresent()) {
				TableReader inferredReader = TableReader.withHeader(all, furniture, inferred.get());
				sections = inferredReader.read();
				warnings = new ArrayList<>(inferredReader.warnings());
			}
		}
		// Statement dates often sit in running headers, so facts come from every line.
		DocumentFacts facts = DocumentFacts.of(all);
		StatementAssembler assembler = new StatementAssembler(facts, LocalDate.now(this.clock).getYear());
		List<Statement> statements = new ArrayList<>();
		for (Section section : sections) {
			if (section.hasTransactions() || sections.size() == 1) {
				statements.add(assembler.assemble(section));
			}
		}
		return new LayoutResult(statements, warnings);
	}

}
