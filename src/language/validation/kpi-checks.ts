import type { ValidationAcceptor } from 'langium';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { Kpi } from '../generated/ast.js';
import { currentOf, ownerOf, targetOf, unitOf } from '../element-properties.js';
import { formatQuantity, kpiStatus } from '../semantics.js';
import { report } from './report.js';

export function kpiMustHaveTarget(kpi: Kpi, accept: ValidationAcceptor): void {
    if (!targetOf(kpi)) {
        report(accept, 'warning', DiagnosticCode.KpiWithoutTarget,
            `KPI '${kpi.name}' has no target.`, { node: kpi, property: 'name' });
    }
}

export function kpiMustHaveOwner(kpi: Kpi, accept: ValidationAcceptor): void {
    if (!ownerOf(kpi)) {
        report(accept, 'warning', DiagnosticCode.KpiWithoutOwner,
            `KPI '${kpi.name}' has no owner.`, { node: kpi, property: 'name' });
    }
}

export function kpiShouldBeOnTrack(kpi: Kpi, accept: ValidationAcceptor): void {
    if (kpiStatus(kpi) === 'off-track') {
        const target = targetOf(kpi);
        const current = currentOf(kpi)!;
        const targetText = `${target?.comparator ?? '>='} ${formatQuantity(target?.quantity, unitOf(kpi))}`;
        report(accept, 'info', DiagnosticCode.KpiOffTrack,
            `KPI '${kpi.name}' is off track: current ${formatQuantity(current, unitOf(kpi))}, target ${targetText}.`,
            { node: current.$container, property: 'quantity' });
    }
}
