package org.euromesh.model.params;

import org.euromesh.params.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterFilesTest {

    @Test
    void exportedCopyLoadsToTheSameValues(@TempDir Path dir) throws IOException {
        List<Path> written = ParameterFiles.copyBuiltInTo(dir);
        assertEquals(7, written.size()); // parameters, regions, 5 scenarios
        assertTrue(Files.isRegularFile(dir.resolve("scenarios/medium-sites-only.yaml")));
        ParameterSet copy = ParameterLoader.load(dir, org.euromesh.model.EuroMeshInputs.SCHEMA);
        ParameterSet builtIn = ParameterLoader.loadBuiltIn(org.euromesh.model.EuroMeshInputs.SCHEMA);
        assertEquals(dir, copy.folder());
        assertEquals(null, builtIn.folder());
        assertEquals(ParameterTable.rows(builtIn).stream().map(r -> r.name() + "=" + r.central() + " " + r.spec()).toList(),
                ParameterTable.rows(copy).stream().map(r -> r.name() + "=" + r.central() + " " + r.spec()).toList());
        assertEquals(dir.resolve("parameters.yaml").toString(), copy.scalar("alpha0").origin().file());
        for (String s : ParameterFiles.BUILT_IN_SCENARIOS) {
            assertEquals(ParameterTable.rows(ParameterLoader.scenario(builtIn, s)).stream().map(ParameterRow::spec).toList(),
                    ParameterTable.rows(ParameterLoader.scenario(copy, s)).stream().map(ParameterRow::spec).toList());
        }
    }

    @Test
    void exportNeverOverwrites(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("regions.csv"), "mine");
        assertThrows(FileAlreadyExistsException.class, () -> ParameterFiles.copyBuiltInTo(dir));
        assertEquals("mine", Files.readString(dir.resolve("regions.csv")));
        assertTrue(Files.notExists(dir.resolve("parameters.yaml")), "nothing written when refusing");
    }
}
