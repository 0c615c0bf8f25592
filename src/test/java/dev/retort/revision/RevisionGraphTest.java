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

    @Test
    void linearHeadsBasesAndOrder() {
        RevisionGraph g = linear();
        assertThat(g.heads()).containsExactly("cccc00000003");
        assertThat(g.bases()).containsExactly("aaaa00000001");
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
        assertThat(g.resolveUpgradeTarget("-1", List.of("cccc00000003"))).containsExactly("bbbb00000002");
        assertThat(g.resolveUpgradeTarget("-3", List.of("cccc00000003"))).isEmpty();
        assertThat(g.resolveUpgradeTarget("bbbb+1", List.of())).containsExactly("cccc00000003");
        assertThat(g.resolveUpgradeTarget("cccc-2", List.of())).containsExactly("aaaa00000001");
        assertThatThrownBy(() -> g.resolveUpgradeTarget("-4", List.of("cccc00000003")))
                .hasMessageContaining("below base");
        assertThatThrownBy(() -> g.resolveUpgradeTarget("+4", List.of())).hasMessageContaining("past the head");
    }

    @Test
    void downgradeRevertsNewestFirst() {
        RevisionGraph g = linear();
        List<Step> steps = g.downgradeSteps(List.of("cccc00000003"), List.of());
        assertThat(steps).extracting(Step::revision).containsExactly("cccc00000003", "bbbb00000002", "aaaa00000001");
        assertThat(steps.get(2).headsAfter()).isEmpty();
        assertThat(g.downgradeSteps(List.of("cccc00000003"), List.of("bbbb00000002")))
                .extracting(Step::revision).containsExactly("cccc00000003");
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
    void multipleHeadsNeedAnExplicitTarget() {
        RevisionGraph g = RevisionGraph.of(List.of(RevisionNode.of("a00000000001"), RevisionNode.of("b00000000002", "a00000000001"),
                RevisionNode.of("c00000000003", "a00000000001")));
        assertThatThrownBy(() -> g.resolveUpgradeTarget("head", List.of()))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessageContaining("Multiple heads")
                .hasMessageContaining("merge heads");
        assertThat(g.resolveUpgradeTarget("heads", List.of())).containsExactly("b00000000002", "c00000000003");
    }

    @Test
    void rejectsBrokenGraphs() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(RevisionNode.of("a00000000001", "f00000000009"))))
                .hasMessageContaining("revises f00000000009");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(RevisionNode.of("a00000000001", "b00000000002"),
                RevisionNode.of("b00000000002", "a00000000001")))).hasMessageContaining("cycle");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(RevisionNode.of("a00000000001"), RevisionNode.of("a00000000001"))))
                .hasMessageContaining("Two migrations");
        assertThatThrownBy(() -> linear().resolveRevision("zzz")).hasMessageContaining("Can't locate revision identified by 'zzz'");
    }

    @Test
    void ambiguousPrefixListsCandidates() {
        RevisionGraph g = RevisionGraph.of(List.of(RevisionNode.of("ab0000000001"), RevisionNode.of("ab0000000002", "ab0000000001")));
        assertThatThrownBy(() -> g.resolveRevision("ab"))
                .hasMessageContaining("ambiguous").hasMessageContaining("ab0000000001, ab0000000002");
    }
}
