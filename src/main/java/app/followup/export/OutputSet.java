package app.followup.export;

import app.followup.notes.AtomicFiles;
import app.followup.notes.NotesException;
import app.followup.notes.OutputTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a set of outputs whole or not at all: each is checked ({@link OutputTarget}) and staged as a temporary
 * file beside its target first, and the current content of each existing target is staged too. Only when all
 * are staged are they moved into place; if a move fails, the outputs already moved get their old content back.
 */
public final class OutputSet {
    /** Moves a staged file over its target; replaced in tests to make a later move fail. */
    public interface Mover {
        void move(Path staged, Path target) throws IOException;
    }

    private record Output(String label, Path asNamed, OutputTarget target, byte[] content) {
    }

    private final List<Output> outputs = new ArrayList<>();
    private final List<Path> inputs;
    private final Mover mover;

    /** Outputs that must not replace any of the given notes files (none when the notes are not saved yet). */
    public OutputSet(Collection<Path> inputs) {
        this(inputs, AtomicFiles::commit);
    }

    public OutputSet(Collection<Path> inputs, Mover mover) {
        this.inputs = inputs.stream().filter(Objects::nonNull).toList();
        this.mover = mover;
    }

    /**
     * Checks a target and keeps its content for {@link #writeAll}.
     *
     * @param label how the user named this output, put first in every problem: an option, or a file name
     */
    public void add(String label, Path target, byte[] content) throws ExportException {
        OutputTarget checked;
        try {
            checked = OutputTarget.check(target, inputs.isEmpty() ? null : inputs.get(0));
            for (Path input : inputs.subList(Math.min(1, inputs.size()), inputs.size())) {
                OutputTarget.check(target, input);
            }
        } catch (NotesException e) {
            throw new ExportException(target, label + ": " + e.getMessage(), e);
        }
        for (Output other : outputs) {
            if (other.target().collisionKey().equals(checked.collisionKey()) || other.target().sameFileAs(checked)) {
                throw new ExportException(target, "is named by more than one output option ("
                        + other.label() + " and " + label + ")");
            }
        }
        outputs.add(new Output(label, target, checked, content));
    }

    public boolean isEmpty() {
        return outputs.isEmpty();
    }

    public void writeAll() throws ExportException {
        Map<Output, Path> staged = new LinkedHashMap<>();
        Map<Output, Path> previous = new LinkedHashMap<>();
        List<Output> moved = new ArrayList<>();
        try {
            for (Output output : outputs) {
                staged.put(output, stage(output, output.content()));
                Path real = output.target().real();
                if (Files.isRegularFile(real)) {
                    previous.put(output, stage(output, readOrFail(output)));
                }
            }
            for (Output output : outputs) {
                move(output, staged.remove(output));
                moved.add(output);
            }
        } catch (ExportException e) {
            rollBack(moved, previous);
            throw e;
        } finally {
            staged.values().forEach(AtomicFiles::discard);
            previous.values().forEach(AtomicFiles::discard);
        }
    }

    /** Puts back what the outputs already moved replaced: their old content, or no file where there was none. */
    private void rollBack(List<Output> moved, Map<Output, Path> previous) {
        for (Output output : moved) {
            Path real = output.target().real();
            try {
                Path old = previous.remove(output);
                if (old == null) {
                    Files.deleteIfExists(real);
                } else {
                    mover.move(old, real);
                }
            } catch (IOException e) {
                // the failure that started the roll-back is reported; this output keeps its new content
            }
        }
    }

    private static byte[] readOrFail(Output output) throws ExportException {
        try {
            return Files.readAllBytes(output.target().real());
        } catch (IOException e) {
            throw new ExportException(output.asNamed(), output.label() + ": cannot be read to keep its old "
                    + "content until every output is written: " + AtomicFiles.reason(e), e);
        }
    }

    private static Path stage(Output output, byte[] content) throws ExportException {
        try {
            return AtomicFiles.stage(output.target().real(), content);
        } catch (NotesException e) {
            throw new ExportException(output.asNamed(), output.label() + ": " + e.getMessage(), e);
        }
    }

    private void move(Output output, Path staged) throws ExportException {
        try {
            mover.move(staged, output.target().real());
        } catch (IOException e) {
            AtomicFiles.discard(staged);
            throw new ExportException(output.asNamed(), output.label() + ": cannot be written: "
                    + AtomicFiles.reason(e), e);
        }
    }
}
