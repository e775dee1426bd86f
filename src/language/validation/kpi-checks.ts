import type { ValidationAcceptor } from 'langium';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { Kpi } from '../generated/ast.js';
import { formatQuantity, kpiStatus } from '../semantics.js';
import { report } from './report.js';

export function kpiMustHaveTarget(kpi: Kpi, accept: ValidationAcceptor): void {
    if (!kpi.target) {
        report(accept, 'warning', DiagnosticCode.KpiWithoutTarget,
            `KPI '${kpi.name}' has no target.`, { node: kpi, property: 'name' });
    }
}

export function kpiMustHaveOwner(kpi: Kpi, accept: ValidationAcceptor): void {
    if (!kpi.owner) {
        report(accept, 'warning', DiagnosticCode.KpiWithoutOwner,
            `KPI '${kpi.name}' has no owner.`, { node: kpi, property: 'name' });
    }
}

export function kpiShouldBeOnTrack(kpi: Kpi, accept: ValidationAcceptor): void {
    if (kpiStatus(kpi) === 'off-track') {
        const target = `${kpi.comparator ?? '>='} ${formatQuantity(kpi.target, kpi.unit)}`;
        report(accept, 'info', DiagnosticCode.KpiOffTrack,
            `KPI '${kpi.name}' is off track: current ${formatQuantity(kpi.current, kpi.unit)}, target ${target}.`,
            { node: kpi, property: 'current' });
    }
}
