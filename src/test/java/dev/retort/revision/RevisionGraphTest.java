package dev.retort.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    private static RevisionGraph linear() {
        return RevisionGraph.of(List.of(RevisionNode.of("aaaa00000001"), RevisionNode.of("bbbb00000002", "aaaa00000001"),
                RevisionNode.of("cccc00000003", "bbbb00000002")));
    }

    private static RevisionGraph diamond() {
        return RevisionGraph.of(List.of(RevisionNode.of("a00000000001"), RevisionNode.of("b00000000002", "a00000000001"),
                RevisionNode.of("c00000000003", "a00000000001"),
                RevisionNode.of("d00000000004", "b00000000002", "c00000000003")));
    }

    /** a, then two branches: b1 -> b2 and c1 (ids chosen so that sorting by id alone would interleave them). */
    private static RevisionGraph branched() {
        return RevisionGraph.of(List.of(RevisionNode.of("a00000000000"), RevisionNode.of("b10000000000", "a00000000000"),
                RevisionNode.of("c10000000000", "a00000000000"), RevisionNode.of("f20000000000", "b10000000000")));
    }

    /** Two independent histories, each labelled at its base: core (x1 -> x2) and billing (y1 -> y2). */
    private static RevisionGraph twoBases() {
        return RevisionGraph.of(List.of(
                new RevisionNode("e10000000000", List.of(), List.of("core")),
                RevisionNode.of("e20000000000", "e10000000000"),
                new RevisionNode("d10000000000", List.of(), List.of("billing")),
                RevisionNode.of("d20000000000", "d10000000000")));
    }

    /** a, branches b and c, merged by m, then n. */
    private static RevisionGraph merged() {
        return RevisionGraph.of(List.of(RevisionNode.of("a00000000000"), RevisionNode.of("b00000000000", "a00000000000"),
                RevisionNode.of("c00000000000", "a00000000000"), RevisionNode.of("e00000000000", "b00000000000", "c00000000000"),
                RevisionNode.of("f00000000000", "e00000000000")));
    }

    @Test
    void linearHeadsBasesAndOrder() {
        RevisionGraph g = linear();
        assertThat(g.heads()).containsExactly("cccc00000003");
        assertThat(g.bases()).containsExactly("aaaa00000001");
        assertThat(g.branchPoints()).isEmpty();
        assertThat(g.topological()).extracting(RevisionNode::id)
                .containsExactly("aaaa00000001", "bbbb00000002", "cccc00000003");
    }

    @Test
    void upgradeFromBaseToHeadUpdatesOneRowPerStep() {
        RevisionGraph g = linear();
        List<Step> steps = g.upgradeSteps(List.of(), g.resolveUpgradeTarget("head", List.of()));
        assertThat(steps).extracting(Step::revision).containsExactly("aaaa00000001", "bbbb00000002", "cccc00000003");
        assertThat(steps.get(0).headsBefore()).isEmpty();
        assertThat(steps.get(0).headsAfter()).containsExactly("aaaa00000001");
        assertThat(steps.get(1).headsBefore()).containsExactly("aaaa00000001");
        assertThat(steps.get(1).headsAfter()).containsExactly("bbbb00000002");
    }

    @Test
    void relativeTargets() {
        RevisionGraph g = linear();
        assertThat(g.resolveUpgradeTarget("+1", List.of())).containsExactly("aaaa00000001");
        assertThat(g.resolveUpgradeTarget("+2", List.of("aaaa00000001"))).containsExactly("cccc00000003");
        assertThat(g.resolveDowngradeTarget("-1", List.of("cccc00000003"))).containsExactly("bbbb00000002");
        assertThat(g.resolveDowngradeTarget("-3", List.of("cccc00000003"))).isEmpty();
        assertThat(g.resolveUpgradeTarget("bbbb+1", List.of())).containsExactly("cccc00000003");
        assertThat(g.resolveUpgradeTarget("cccc-2", List.of())).containsExactly("aaaa00000001");
        assertThat(g.resolveUpgradeTarget("head-1", List.of())).containsExactly("bbbb00000002");
        assertThat(g.resolveUpgradeTarget("base+2", List.of("cccc00000003"))).containsExactly("bbbb00000002");
        assertThat(g.resolveDowngradeTarget("bbbb-1", List.of("cccc00000003"))).containsExactly("aaaa00000001");
        assertThatThrownBy(() -> g.resolveDowngradeTarget("-4", List.of("cccc00000003")))
                .hasMessageContaining("below base");
        assertThatThrownBy(() -> g.resolveUpgradeTarget("+4", List.of())).hasMessageContaining("past the head");
        assertThatThrownBy(() -> g.resolveUpgradeTarget("-1", List.of("cccc00000003")))
                .hasMessageContaining("goes down").hasMessageContaining("retort downgrade -1");
        assertThatThrownBy(() -> g.resolveDowngradeTarget("+1", List.of("aaaa00000001")))
                .hasMessageContaining("goes up").hasMessageContaining("retort upgrade +1");
        assertThatThrownBy(() -> g.resolve("+1")).hasMessageContaining("name the revision (REV+1)");
    }

    @Test
    void downgradeRevertsNewestFirst() {
        RevisionGraph g = linear();
        List<Step> steps = g.downgradeSteps(List.of("cccc00000003"), List.of());
        assertThat(steps).extracting(Step::revision).containsExactly("cccc00000003", "bbbb00000002", "aaaa00000001");
        assertThat(steps.get(2).headsAfter()).isEmpty();
        assertThat(g.downgradeSteps(List.of("cccc00000003"), List.of("bbbb00000002")))
                .extracting(Step::revision).containsExactly("cccc00000003");
        assertThatThrownBy(() -> g.resolveDowngradeTarget("cccc", List.of("aaaa00000001")))
                .hasMessageContaining("not below the database's current revision(s) aaaa00000001");
    }

    @Test
    void uniquePrefixesResolve() {
        RevisionGraph g = linear();
        assertThat(g.resolveRevision("bbbb")).isEqualTo("bbbb00000002");
        assertThat(g.resolveUpgradeTarget("cc", List.of())).containsExactly("cccc00000003");
    }

    @Test
    void diamondMergesHeads() {
        RevisionGraph g = diamond();
        assertThat(g.heads()).containsExactly("d00000000004");
        assertThat(g.branchPoints()).containsExactly("a00000000001");
        List<Step> steps = g.upgradeSteps(List.of(), List.of("d00000000004"));
        assertThat(steps).extracting(Step::revision)
                .containsExactly("a00000000001", "b00000000002", "c00000000003", "d00000000004");
        assertThat(steps.get(2).headsAfter()).containsExactly("b00000000002", "c00000000003");
        assertThat(steps.get(3).headsBefore()).containsExactly("b00000000002", "c00000000003");
        assertThat(steps.get(3).headsAfter()).containsExactly("d00000000004");
        List<Step> down = g.downgradeSteps(List.of("d00000000004"), List.of("a00000000001"));
        assertThat(down).extracting(Step::revision).containsExactly("d00000000004", "c00000000003", "b00000000002");
        assertThat(down.get(0).headsAfter()).containsExactly("b00000000002", "c00000000003");
        assertThat(down.get(2).headsAfter()).containsExactly("a00000000001");
    }

    @Test
    void branchesStayTogetherInTopologicalOrder() {
        RevisionGraph g = branched();
        assertThat(g.topological()).extracting(RevisionNode::id)
                .containsExactly("a00000000000", "b10000000000", "f20000000000", "c10000000000");
        assertThat(g.heads()).containsExactly("f20000000000", "c10000000000");
        assertThat(g.branchPoints()).containsExactly("a00000000000");
        assertThat(g.childrenOf("a00000000000")).containsExactly("b10000000000", "c10000000000");
        assertThat(g.history(null, null)).containsExactly("c10000000000", "f20000000000", "b10000000000", "a00000000000");
    }

    @Test
    void multipleHeadsNeedAnExplicitTarget() {
        RevisionGraph g = branched();
        assertThatThrownBy(() -> g.resolveUpgradeTarget("head", List.of()))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessageContaining("Multiple heads are present: f20000000000, c10000000000")
                .hasMessageContaining("retort merge heads -m")
                .hasMessageContaining("retort upgrade heads");
        assertThat(g.resolveUpgradeTarget("heads", List.of())).containsExactly("f20000000000", "c10000000000");
    }

    @Test
    void upgradeHeadsAddsTheOtherBranchAsASecondRow() {
        RevisionGraph g = branched();
        List<Step> steps = g.upgradeSteps(List.of("f20000000000"), g.resolveUpgradeTarget("heads", List.of("f20000000000")));
        assertThat(steps).extracting(Step::revision).containsExactly("c10000000000");
        assertThat(steps.get(0).headsBefore()).containsExactly("f20000000000");
        assertThat(steps.get(0).headsAfter()).containsExactly("c10000000000", "f20000000000");
    }

    @Test
    void relativeTargetsAcrossBranches() {
        RevisionGraph g = branched();
        assertThatThrownBy(() -> g.resolveUpgradeTarget("+2", List.of()))
                .hasMessageContaining("ambiguous at a branch point (b10000000000, c10000000000)");
        assertThatThrownBy(() -> g.resolveUpgradeTarget("a0+1", List.of())).hasMessageContaining("ambiguous");
        assertThat(g.resolveUpgradeTarget("b1+1", List.of())).containsExactly("f20000000000");
        assertThat(g.resolveUpgradeTarget("f2-2", List.of())).containsExactly("a00000000000");
        List<String> both = List.of("c10000000000", "f20000000000");
        assertThatThrownBy(() -> g.resolveDowngradeTarget("-1", both))
                .hasMessageContaining("several heads (c10000000000, f20000000000)").hasMessageContaining("REV-1");
        assertThat(g.resolveDowngradeTarget("f2-1", both)).containsExactly("b10000000000", "c10000000000");

        RevisionGraph m = merged();
        // one merge level down, as Alembic does: the merge is reverted, both branches it joined stay applied
        assertThat(m.resolveDowngradeTarget("-1", List.of("e00000000000")))
                .containsExactly("b00000000000", "c00000000000");
        List<Step> unmerge = m.downgradeSteps(List.of("e00000000000"), m.resolveDowngradeTarget("-1",
                List.of("e00000000000")));
        assertThat(unmerge).extracting(Step::revision).containsExactly("e00000000000");
        assertThat(unmerge.get(0).headsAfter()).containsExactly("b00000000000", "c00000000000");
        assertThatThrownBy(() -> m.resolveDowngradeTarget("-2", List.of("e00000000000")))
                .hasMessageContaining("crosses the merge e00000000000").hasMessageContaining("b00000000000, c00000000000")
                .hasMessageContaining("step down to the merge's branches first (-1)");
        assertThat(m.resolveDowngradeTarget("-2", List.of("f00000000000")))
                .containsExactly("b00000000000", "c00000000000");
        assertThat(m.resolveDowngradeTarget("-1", List.of("f00000000000"))).containsExactly("e00000000000");
        assertThat(m.resolveUpgradeTarget("b0+1", List.of())).containsExactly("e00000000000");
    }

    @Test
    void downgradeToARevisionRevertsOnlyWhatDescendsFromIt() {
        RevisionGraph g = branched();
        List<String> both = List.of("c10000000000", "f20000000000");
        assertThat(g.resolveDowngradeTarget("b1", both)).containsExactly("b10000000000", "c10000000000");
        assertThat(g.resolveDowngradeTarget("c1", both)).containsExactly("c10000000000", "f20000000000");
        assertThat(g.resolveDowngradeTarget("a0", both)).containsExactly("a00000000000");
        assertThat(g.resolveDowngradeTarget("base", both)).isEmpty();
        List<Step> steps = g.downgradeSteps(both, g.resolveDowngradeTarget("b1", both));
        assertThat(steps).extracting(Step::revision).containsExactly("f20000000000");
        assertThat(steps.get(0).headsBefore()).containsExactly("c10000000000", "f20000000000");
        assertThat(steps.get(0).headsAfter()).containsExactly("b10000000000", "c10000000000");
    }

    @Test
    void downgradeWithALabelRevertsOnlyThatBranch() {
        // a, then b (trunk) and c (labelled cargo) both revising a.
        RevisionGraph g = RevisionGraph.of(List.of(RevisionNode.of("a00000000000"), RevisionNode.of("b00000000000", "a00000000000"),
                new RevisionNode("c00000000000", List.of("a00000000000"), List.of("cargo"))));
        List<String> both = List.of("b00000000000", "c00000000000");
        assertThat(g.resolveDowngradeTarget("cargo@-1", both)).containsExactly("b00000000000");
        assertThat(g.resolveDowngradeTarget("a0", both)).containsExactly("a00000000000");
        assertThat(g.resolveDowngradeTarget("cargo@a0", both)).containsExactly("b00000000000");
    }

    @Test
    void downgradeAcrossAMergeUnmergesIntoBothParents() {
        RevisionGraph g = merged();
        List<String> keep = g.resolveDowngradeTarget("b0", List.of("f00000000000"));
        assertThat(keep).containsExactly("b00000000000", "c00000000000");
        List<Step> steps = g.downgradeSteps(List.of("f00000000000"), keep);
        assertThat(steps).extracting(Step::revision).containsExactly("f00000000000", "e00000000000");
        assertThat(steps.get(1).headsBefore()).containsExactly("e00000000000");
        assertThat(steps.get(1).headsAfter()).containsExactly("b00000000000", "c00000000000");
        assertThat(g.downgradeSteps(List.of("f00000000000"), g.resolveDowngradeTarget("a0", List.of("f00000000000"))))
                .extracting(Step::revision).containsExactly("f00000000000", "e00000000000", "c00000000000", "b00000000000");
    }

    @Test
    void labelsNameBranches() {
        RevisionGraph g = twoBases();
        assertThat(g.bases()).containsExactly("d10000000000", "e10000000000");
        assertThat(g.branchLabels()).containsEntry("billing", "d10000000000").containsEntry("core", "e10000000000");
        assertThat(g.resolveRevision("billing")).isEqualTo("d10000000000");
        assertThat(g.resolve("core@head")).containsExactly("e20000000000");
        assertThat(g.resolve("billing@heads")).containsExactly("d20000000000");
        assertThat(g.resolve("core@e2")).containsExactly("e20000000000");
        assertThat(g.resolve("billing@head-1")).containsExactly("d10000000000");
        assertThatThrownBy(() -> g.resolve("core@d2")).hasMessageContaining("not a member of branch core");
        assertThatThrownBy(() -> g.resolve("shipping@head"))
                .hasMessageContaining("Can't locate revision identified by 'shipping@head'")
                .hasMessageContaining("the labels are billing, core");
        // A revision id works as a branch name too, as in Alembic.
        assertThat(g.resolve("e1@head")).containsExactly("e20000000000");
    }

    @Test
    void relativeTargetsWithinALabelledBranch() {
        RevisionGraph g = twoBases();
        assertThat(g.resolveUpgradeTarget("billing@+1", List.of())).containsExactly("d10000000000");
        assertThat(g.resolveUpgradeTarget("billing@+2", List.of("e20000000000"))).containsExactly("d20000000000");
        List<String> both = List.of("d10000000000", "e10000000000");
        assertThatThrownBy(() -> g.resolveUpgradeTarget("+1", both)).hasMessageContaining("several heads");
        assertThat(g.resolveUpgradeTarget("core@+1", both)).containsExactly("e20000000000");
        assertThat(g.resolveDowngradeTarget("core@-1", List.of("d20000000000", "e20000000000")))
                .containsExactly("d20000000000", "e10000000000");
    }

    @Test
    void downgradeLabelAtBaseRevertsThatBranchOnly() {
        RevisionGraph g = twoBases();
        List<String> both = List.of("d20000000000", "e20000000000");
        assertThat(g.resolveDowngradeTarget("billing@base", both)).containsExactly("e20000000000");
        List<Step> steps = g.downgradeSteps(both, g.resolveDowngradeTarget("billing@base", both));
        assertThat(steps).extracting(Step::revision).containsExactly("d20000000000", "d10000000000");
        assertThat(steps.get(1).headsAfter()).containsExactly("e20000000000");
        assertThat(g.resolveDowngradeTarget("core@base", List.of("e20000000000"))).isEmpty();
        assertThat(g.resolveDowngradeTarget("billing@base", List.of("e20000000000"))).containsExactly("e20000000000");
    }

    @Test
    void labelsMustBeUniqueAndReadable() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(new RevisionNode("a00000000000", List.of(), List.of("core")),
                new RevisionNode("b00000000000", List.of("a00000000000"), List.of("core")))))
                .hasMessageContaining("Branch label 'core' is declared by both a00000000000 and b00000000000");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(new RevisionNode("a00000000000", List.of(), List.of("x", "x")))))
                .hasMessageContaining("declared by revision a00000000000 twice");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(new RevisionNode("a00000000000", List.of(), List.of("heads")))))
                .hasMessageContaining("'heads'").hasMessageContaining("Rename it");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(new RevisionNode("a00000000000", List.of(), List.of("my-branch")))))
                .hasMessageContaining("'my-branch'");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(RevisionNode.of("a00000000000"),
                new RevisionNode("b00000000000", List.of("a00000000000"), List.of("a00000000000")))))
                .hasMessageContaining("is also a revision id");
    }

    @Test
    void parentsOfANewRevision() {
        assertThat(linear().parentsForNewRevision(null, false)).containsExactly("cccc00000003");
        assertThat(linear().parentsForNewRevision("base", false)).isEmpty();
        assertThat(RevisionGraph.of(List.of()).parentsForNewRevision(null, false)).isEmpty();
        assertThatThrownBy(() -> linear().parentsForNewRevision("bbbb", false))
                .hasMessageContaining("Revision bbbb00000002 is not a head").hasMessageContaining("--splice");
        assertThat(linear().parentsForNewRevision("bbbb", true)).containsExactly("bbbb00000002");
        RevisionGraph g = branched();
        assertThatThrownBy(() -> g.parentsForNewRevision(null, false))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessageContaining("retort merge heads").hasMessageContaining("--head f20000000000");
        assertThat(g.parentsForNewRevision("c1", false)).containsExactly("c10000000000");
        assertThat(twoBases().parentsForNewRevision("billing@head", false)).containsExactly("d20000000000");
    }

    @Test
    void mergeJoinsTwoOrMoreHeads() {
        RevisionGraph g = branched();
        assertThat(g.parentsForMerge(List.of("heads"))).containsExactly("f20000000000", "c10000000000");
        assertThat(g.parentsForMerge(List.of("c1", "f2"))).containsExactly("c10000000000", "f20000000000");
        assertThatThrownBy(() -> g.parentsForMerge(List.of("b1", "c1")))
                .hasMessageContaining("Revision b10000000000 is not a head");
        assertThatThrownBy(() -> g.parentsForMerge(List.of("c1")))
                .hasMessageContaining("Nothing to merge").hasMessageContaining("only c10000000000 was named");
        assertThatThrownBy(() -> linear().parentsForMerge(List.of("heads")))
                .hasMessageContaining("Nothing to merge").hasMessageContaining("no branch to join");
    }

    @Test
    void historyRanges() {
        RevisionGraph g = RevisionGraph.of(List.of(RevisionNode.of("a00000000000"), RevisionNode.of("b00000000000", "a00000000000"),
                RevisionNode.of("c00000000000", "b00000000000"), RevisionNode.of("d00000000000", "c00000000000"),
                RevisionNode.of("e00000000000", "d00000000000")));
        assertThat(g.history("", null)).containsExactly("e00000000000", "d00000000000", "c00000000000", "b00000000000", "a00000000000");
        assertThat(g.history("-3:", null)).containsExactly("e00000000000", "d00000000000", "c00000000000");
        assertThat(g.history("c0:", null)).containsExactly("e00000000000", "d00000000000", "c00000000000");
        assertThat(g.history(":b0", null)).containsExactly("b00000000000", "a00000000000");
        assertThat(g.history("b0:d0", null)).containsExactly("d00000000000", "c00000000000", "b00000000000");
        assertThat(g.history("base:head", null)).hasSize(5);
        assertThat(g.history("b0:+2", null)).containsExactly("d00000000000", "c00000000000", "b00000000000");
        assertThat(g.history("c0-1:c0+1", null)).containsExactly("d00000000000", "c00000000000", "b00000000000");
        assertThat(g.history("current:", List.of("d00000000000"))).containsExactly("e00000000000", "d00000000000");
        assertThat(g.history(":current", List.of("b00000000000"))).containsExactly("b00000000000", "a00000000000");
        assertThat(g.history("-2:current", List.of("c00000000000"))).containsExactly("c00000000000", "b00000000000");
        assertThat(RevisionGraph.historyNeedsCurrent("current:")).isTrue();
        assertThat(RevisionGraph.historyNeedsCurrent("-3:")).isFalse();
        assertThatThrownBy(() -> g.history("d0:b0", null)).hasMessageContaining("d00000000000 is not an ancestor of b00000000000");
        assertThatThrownBy(() -> g.history("b0", null)).hasMessageContaining("START:END");
    }

    @Test
    void historyRangesOnBranches() {
        RevisionGraph g = branched();
        assertThat(g.history("b1:", null)).containsExactly("f20000000000", "b10000000000");
        assertThat(g.history(":c1", null)).containsExactly("c10000000000", "a00000000000");
        assertThat(g.history("a0:heads", null)).hasSize(4);
        assertThatThrownBy(() -> g.history("base:head", null)).isInstanceOf(MultipleHeadsException.class);
        assertThatThrownBy(() -> g.history("c1:f2", null)).hasMessageContaining("not an ancestor");
    }

    @Test
    void rejectsBrokenGraphs() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(RevisionNode.of("a00000000001", "f00000000009"))))
                .hasMessageContaining("revises f00000000009");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(RevisionNode.of("a00000000001"), RevisionNode.of("a00000000001"))))
                .hasMessageContaining("Two migrations");
        assertThatThrownBy(() -> linear().resolveRevision("zzz")).hasMessageContaining("Can't locate revision identified by 'zzz'");
    }

    @Test
    void aCycleNamesItsMembersAndEdgesOnly() {
        // b and c revise each other; d merely descends from the cycle and is not named as part of it.
        assertThatThrownBy(() -> RevisionGraph.of(List.of(RevisionNode.of("a00000000000"),
                RevisionNode.of("b00000000000", "a00000000000", "c00000000000"), RevisionNode.of("c00000000000", "b00000000000"),
                RevisionNode.of("d00000000000", "c00000000000")), id -> id + " (M_" + id.charAt(0) + ".java)"))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessageContaining("The revisions b00000000000 (M_b.java), c00000000000 (M_c.java) revise each other in a cycle")
                .hasMessageContaining("b00000000000 revises c00000000000, c00000000000 revises b00000000000")
                .hasMessageNotContaining("d00000000000");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(RevisionNode.of("a00000000000", "a00000000000"))))
                .hasMessageContaining("a00000000000 revises a00000000000");
    }

    @Test
    void aMissingParentNamesTheFile() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(RevisionNode.of("a00000000001", "f00000000009")),
                id -> id + " (M1.java)"))
                .hasMessageContaining("Revision a00000000001 (M1.java) revises f00000000009, but no migration has that id");
    }

    @Test
    void ambiguousPrefixListsCandidates() {
        RevisionGraph g = RevisionGraph.of(List.of(RevisionNode.of("ab0000000001"), RevisionNode.of("ab0000000002", "ab0000000001")));
        assertThatThrownBy(() -> g.resolveRevision("ab"))
                .hasMessageContaining("ambiguous").hasMessageContaining("ab0000000001, ab0000000002");
    }
}
