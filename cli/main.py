"""`policy` console command: assembles the sub-commands of each package."""

import typer

from cli import (
    chat_cmd,
    check_cmd,
    db_cmd,
    impact_cmd,
    index_cmd,
    knowledge_add_cmd,
    knowledge_cmd,
    publish_cmd,
    purge_cmd,
    rules_cmd,
    search_cmd,
    serve_cmd,
    staff_cmd,
)

app = typer.Typer(help="就业政策智能助手 命令行", no_args_is_help=True, add_completion=False)
knowledge_cmd.app.command("add")(knowledge_add_cmd.add)
knowledge_cmd.app.command("impact")(impact_cmd.impact)
knowledge_cmd.app.command("publish")(publish_cmd.publish)
app.add_typer(knowledge_cmd.app, name="knowledge", help="构建与查看知识库（条款记录）")
app.add_typer(rules_cmd.app, name="rules", help="起草与检查资格规则")
app.command("search")(search_cmd.search)
app.add_typer(index_cmd.app, name="index", help="构建与查看检索索引")
app.command("check")(check_cmd.check)
app.command("serve")(serve_cmd.serve)
app.command("chat")(chat_cmd.chat)
app.add_typer(staff_cmd.app, name="staff", help="坐席台账号：新建、停用、启用、重设密码、列出")
app.command("purge")(purge_cmd.purge_command)
app.add_typer(db_cmd.app, name="db", help="应用数据库：迁移到最新结构（启动前运行一次）")


if __name__ == "__main__":  # `python -m cli.main …` (worktrees run it this way, not .venv/bin/policy)
    app()
