using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.6.3 Input Object Field Uniqueness — <see href="https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness"/>:
/// "Input objects must not contain more than one field of the same name, otherwise an ambiguity would exist
/// which includes an ignored portion of syntax."
/// </summary>
public sealed class UniqueInputFieldNamesRule : ValidationVisitor
{
    private readonly Stack<Dictionary<string, NameNode>> _outer = new();
    private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    /// <summary>Creates the rule's visitor.</summary>
    public UniqueInputFieldNamesRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        switch (node)
        {
            case ObjectValueNode:
                _outer.Push(_known);
                _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                break;
            case ObjectFieldNode field:
                if (_known.TryGetValue(field.Name.Value, out var first))
                {
                    Report($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
                }
                else
                {
                    _known[field.Name.Value] = field.Name;
                }
                break;
        }
        return VisitorAction.Continue;
    }

    /// <inheritdoc />
    public override VisitorAction Leave(Node node)
    {
        if (node is ObjectValueNode)
        {
            _known = _outer.Pop();
        }
        return VisitorAction.Continue;
    }
}
